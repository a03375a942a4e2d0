"""`fieldkit privacy never-write`: the names an inspector must never type for an inspection.

Registered into the main parser by `fieldkit.cli.build_parser`. The list stays on this laptop: it is
never exported, and the privacy checker flags each name wherever it is typed or about to be exported.
"""

from __future__ import annotations


def cmd_never_write(args) -> int:
    from fieldkit.cli import _emit, opened

    with opened(args) as services:
        inspection = services.inspections.resolve_id(args.inspection)
        names = services.evidence.never_write(inspection)
        changed = False
        for name in args.add or ():
            if name.strip() and name.strip().casefold() not in {n.casefold() for n in names}:
                names.append(name.strip())
                changed = True
        for name in args.remove or ():
            kept = [n for n in names if n.casefold() != name.strip().casefold()]
            if len(kept) == len(names):
                from fieldkit.cli import CliError

                raise CliError(f"{name!r} is not on the never-to-write list of inspection {inspection}")
            names, changed = kept, True
        if changed:
            names = services.evidence.set_never_write(inspection, names)
    _emit(args, names, lambda: "\n".join(names) if names else "the never-to-write list is empty")
    return 0


def register(sub, add) -> None:
    from fieldkit.cli import EPILOG

    privacy = sub.add_parser("privacy", help="privacy lists kept on this laptop", epilog=EPILOG)
    p_sub = privacy.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    p = add(p_sub, "never-write", cmd_never_write,
            "list, add or remove the names never to be written in an inspection's evidence (kept on this "
            "laptop; the privacy checker flags them as they are typed and before export)")
    p.add_argument("--inspection", required=True, help="inspection id (or an unambiguous prefix of 6+ characters)")
    p.add_argument("--add", action="append", metavar="NAME", help="add a name (repeatable)")
    p.add_argument("--remove", action="append", metavar="NAME", help="remove a name (repeatable)")
    p.add_argument("--list", action="store_true", help="print the list (the default when nothing is changed)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
