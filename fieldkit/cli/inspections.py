"""`fieldkit demo` and `fieldkit inspection …`."""

from __future__ import annotations

from fieldkit.cli.common import _emit, opened


def cmd_demo(args) -> int:
    from fieldkit.services.demo_conclusions import create_demo_inspection

    with opened(args) as services:
        print(create_demo_inspection(services, args.shape))
        return 0


def cmd_inspection_list(args) -> int:
    with opened(args) as services:
        rows = services.inspections.list(include_archived=args.all)
    data = [{"id": r.uuid, "title": r.title, "inspected_body": r.inspected_body, "framework": r.framework_id,
             "framework_version": r.framework_version, "status": r.status, "fieldwork_start": r.fieldwork_start,
             "fieldwork_end": r.fieldwork_end, "updated_at": r.updated_at} for r in rows]
    _emit(args, data, lambda: "\n".join(f"{r['id']}  {r['status']:<8} {r['title']}" for r in data)
          or "no inspections")
    return 0


def cmd_inspection_summary(args) -> int:
    with opened(args) as services:
        summary = services.inspections.summary(services.inspections.resolve_id(args.id))
    _emit(args, summary, lambda: "\n".join([
        f"{summary['title']} ({summary['inspected_body']})",
        f"framework: {summary['framework']['title']} {summary['framework']['version']}",
        *(f"  {k}: {v}" for k, v in summary["counts"].items()),
    ]))
    return 0


def cmd_inspection_create(args) -> int:
    with opened(args) as services:
        uuid = services.inspections.create(
            title=args.title, inspected_body=args.body, framework_id=args.framework,
            framework_version=args.framework_version, fieldwork_start=args.start, fieldwork_end=args.end,
            notice_date=args.notice)
        print(uuid)
        return 0


def cmd_inspection_set_nodes(args) -> int:
    with opened(args) as services:
        uuid = services.inspections.resolve_id(args.id)
        off = services.inspections.set_nodes(uuid, off=tuple(args.off), on=tuple(args.on))
        print(f"switched off: {', '.join(off)}" if off else "every node is switched on")
        return 0


def register(sub, add) -> None:
    p = add(sub, "demo", cmd_demo, "create a demo inspection, evidence to recommendations (default: CIW 2018 "
            "shape, five local areas and a team of seven; ofsted-2007: the graded East Midlands shape)")
    p.add_argument("--shape", choices=("ciw-2018", "ofsted-2007"), default="ciw-2018")

    insp = sub.add_parser("inspection", help="inspections in the local store")
    insp_sub = insp.add_subparsers(dest="inspection_command", metavar="ACTION", required=True)
    p = add(insp_sub, "list", cmd_inspection_list, "list inspections")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--all", action="store_true", help="include archived inspections")
    p = add(insp_sub, "summary", cmd_inspection_summary, "title, framework and record counts of one inspection")
    p.add_argument("id", help="inspection id (or an unambiguous prefix of 6+ characters)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = add(insp_sub, "create", cmd_inspection_create, "create an inspection pinned to a framework version")
    p.add_argument("--title", required=True)
    p.add_argument("--body", required=True, help="the inspected body, e.g. 'Cafcass Cymru'")
    p.add_argument("--framework", required=True, help="framework id (see 'fieldkit frameworks list')")
    p.add_argument("--framework-version")
    p.add_argument("--start", help="fieldwork start, YYYY-MM-DD")
    p.add_argument("--end", help="fieldwork end, YYYY-MM-DD")
    p.add_argument("--notice", help="notice date, YYYY-MM-DD")
    p = add(insp_sub, "set-nodes", cmd_inspection_set_nodes,
            "switch optional framework nodes (e.g. MCSI key functions) off or back on; nothing recorded is lost")
    p.add_argument("id", help="inspection id (or an unambiguous prefix of 6+ characters)")
    p.add_argument("--off", action="append", default=[], metavar="CODE", help="switch this node off (repeatable)")
    p.add_argument("--on", action="append", default=[], metavar="CODE", help="switch this node back on (repeatable)")
