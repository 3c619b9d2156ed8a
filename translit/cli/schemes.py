"""``translit schemes``: list the catalogue of schemes."""

from __future__ import annotations

import json

import click


@click.command()
@click.option("-l", "--lang", default=None, help="Only schemes for this language.")
@click.option("--json", "as_json", is_flag=True, help="Print the metadata as JSON.")
def schemes(lang: str | None, as_json: bool) -> None:
    """List the available romanisation schemes and their aliases.

    \b
    Examples:
      translit schemes
      translit schemes --lang uk
      translit schemes --json
    """
    from ..catalogue import schemes as list_schemes

    items = list_schemes(lang)
    if as_json:
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    for s in items:
        aliases = f"  (also: {', '.join(s['aliases'])})" if s["aliases"] else ""
        rev = " [reversible]" if s["reversible"] else ""
        click.echo(f"{s['language']:4} {s['id']:18} {s['title']}{rev}{aliases}")
