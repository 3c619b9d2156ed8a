"""``translit schemes``: list the catalogue of schemes."""

from __future__ import annotations

import json

import click


@click.command()
@click.option(
    "-l", "--lang", default=None, help="Only schemes for this language (ISO 639-1/-2/-3 code)."
)
@click.option("--json", "as_json", is_flag=True, help="Print the metadata as JSON.")
@click.option(
    "--markdown", is_flag=True, help="Print the catalogue page (docs/catalogue.md) in Markdown."
)
def schemes(lang: str | None, as_json: bool, markdown: bool) -> None:
    """List the available romanisation schemes: language, authority, year, reversibility,
    aliases (the interscript id among them); [default] (--json: "default": true) marks the
    one romanize uses for the language when no -s/--scheme is given.

    \b
    Examples:
      translit schemes
      translit schemes --lang uk
      translit schemes --lang tat
      translit schemes --json
      translit schemes --markdown > docs/catalogue.md
    """
    from ..catalogue import catalogue_markdown
    from ..catalogue import schemes as list_schemes
    from .base import language, one_of

    # (each pair did one thing and dropped the other in silence: the whole catalogue written,
    # the language left aside; the Markdown page, --json left aside)
    if lang is not None and markdown:
        keep = one_of("lang", "markdown", "--markdown writes the whole catalogue; drop "
                      "-l/--lang, or --markdown")  # fmt: skip
        lang, markdown = (lang, False) if keep == "lang" else (None, True)
    if as_json and markdown:
        keep = one_of("as_json", "markdown", "--json prints the metadata, --markdown the "
                      "catalogue page: give one")  # fmt: skip
        as_json, markdown = keep == "as_json", keep == "markdown"
    if lang is not None:
        lang = language(lang)
    if markdown:
        click.echo(catalogue_markdown(), nl=False)
        return
    items = list_schemes(lang)
    if as_json:
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    wid = max((len(s["id"]) for s in items), default=0)
    wauth = max((len(s["authority"] or "-") for s in items), default=0)
    for s in items:
        names = [*s["aliases"], *([s["interscript"]] if s["interscript"] else [])]
        aliases = f"  (also: {', '.join(names)})" if names else ""
        rev = " [reversible]" if s["reversible"] else ""
        rev += " [default]" if s["default"] else ""
        year = s["year"] or ""
        click.echo(
            f"{s['language']:4} {s['id']:{wid}} {s['authority'] or '-':{wauth}} {year!s:5}"
            f"{s['title']}{rev}{aliases}"
        )
