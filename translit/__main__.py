"""``python -m translit`` and the ``translit`` console script: the command line."""

import gc
import sys


def run() -> None:
    """Run the command line (:func:`translit.cli.main`) in a process it owns."""
    # a collection of the youngest objects every 50,000 container allocations rather than 700,
    # set before the first import: loading the command line and its data allocates some 10^5
    # (modules, functions, parsed tables) and keeps them all, so the default ran collections
    # that found nothing (set here rather than after the imports: a one-line romanize, 390 M
    # -> 383 M instructions); blocks of text make few containers and no cycles worth an
    # earlier pass
    gc.set_threshold(50_000, 20, 20)
    try:
        from translit.cli import main
    except KeyboardInterrupt:  # Ctrl-C while the command line loads: no traceback
        if sys.stderr is not None:  # (None: started with stderr closed)
            sys.stderr.write("translit: interrupted\n")
        sys.exit(130)
    main()


if __name__ == "__main__":
    run()
