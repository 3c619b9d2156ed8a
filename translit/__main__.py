"""``python -m translit`` runs the command line."""

import sys

try:
    from translit.cli import main
except KeyboardInterrupt:  # Ctrl-C while the command line loads: no traceback
    sys.stderr.write("translit: interrupted\n")
    sys.exit(130)

main()
