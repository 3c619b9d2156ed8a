"""``python -m translit`` and the ``translit`` console script: the command line."""

import gc


def run() -> None:
    """Run the command line (:func:`translit.cli.main`) in a process it owns."""
    # a collection of the youngest objects every 50,000 container allocations rather than 700,
    # set before the first import: loading the command line and its data allocates some 10^5
    # (modules, functions, parsed tables) and keeps them all, so the default ran collections
    # that found nothing (set here rather than after the imports: a one-line romanize, 390 M
    # -> 383 M instructions); blocks of text make few containers and no cycles worth an
    # earlier pass
    gc.set_threshold(50_000, 20, 20)
    # SIGTERM and SIGHUP stop the command as Ctrl-C does from the first step: while the
    # command line loaded (some 0.1-0.4 s, more on a loaded machine) their default action
    # killed it with no word (the command line's own handlers come with the command)
    from translit.io.stops import end_stopped, stop_early

    stop_early()
    try:
        from translit.cli import main
    except KeyboardInterrupt:  # Ctrl-C or a stop signal while the command line loads
        end_stopped()
    main()


if __name__ == "__main__":
    run()
