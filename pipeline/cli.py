"""The `claims` command: a thin shell that parses arguments, calls the library and prints.

Errors a user can cause are one line on stderr and exit code 2, never a traceback.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from pandera import errors as pa_errors

from pipeline.errors import InputError

EXIT_USAGE = 2


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def command_run(args) -> int:
    from pipeline.run import run

    result = run(args.paths or [Path("seeds")], args.out, as_of=args.as_of, keep_going=args.keep_going)
    for error in result.skipped:
        print(f"warning: skipped {error}", file=sys.stderr)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for problem in result.rejected:
        print(f"warning: {problem}", file=sys.stderr)
    counts = ", ".join(f"{len(frame)} {name}" for name, frame in result.tables.items())
    skipped = f"; skipped {len(result.skipped)} bad records" if result.skipped else ""
    print(f"wrote {args.out}/: {counts}{skipped}", file=sys.stderr)
    return 0


def command_extract(args) -> int:
    from pipeline.document import claims_of_document, render

    frame = claims_of_document(args.file, as_of=args.as_of)
    sys.stdout.write(render(frame, args.format))
    return 0


def command_eval(args) -> int:
    import json

    from pipeline.evaluate import format_report, score

    result = score(args.records, args.gold)
    if args.format == "json":
        print(json.dumps(result, indent=2, sort_keys=True))
    else:
        print(format_report(result))
        if args.show_errors:
            for line in result["missed"]:
                print(f"missed:   {line}")
            for line in result["spurious"]:
                print(f"spurious: {line}")
    return 0


def command_compare(args) -> int:
    from pipeline.compare import pivot, render

    sys.stdout.write(render(pivot(args.outputs, args.kind, args.by), args.format))
    return 0


def command_check(args) -> int:
    from pipeline.check import check, exit_code, load_config, render

    config = load_config(args.config)
    findings = check(config, baseline=args.baseline, expect=args.expect)
    sys.stdout.write(render(findings, args.format))
    return exit_code(findings, args.strict)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="claims", description="Quantitative claims of ML papers, as validated tables.")
    commands = top.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="ingest sources and write every table to outputs/")
    run.add_argument("paths", nargs="*", type=Path, help="files or folders (default: seeds/)")
    run.add_argument("--out", type=Path, default=Path("outputs"), help="where tables go (default: outputs/)")
    run.add_argument("--as-of", type=_date, help="date that resolves printed dates without a year (default: capture date, else today)")
    run.add_argument("--keep-going", action="store_true", help="skip bad records with a warning instead of failing")
    run.set_defaults(handler=command_run)

    extract = commands.add_parser("extract", help="print the claims of one document (any supported format, or plain text)")
    extract.add_argument("file", nargs="?", default="-", help="a file, or - for standard input (default)")
    extract.add_argument("--format", choices=["table", "csv", "json"], default="table")
    extract.add_argument("--as-of", type=_date, help="date that resolves printed dates without a year")
    extract.set_defaults(handler=command_extract)

    evaluate = commands.add_parser("eval", help="precision, recall and F1 of the extractor against a gold file")
    evaluate.add_argument("records", type=Path, help="records JSON Lines: id, title, abstract, ...")
    evaluate.add_argument("gold", type=Path, help="gold claims JSON Lines, one claim a line")
    evaluate.add_argument("--format", choices=["text", "json"], default="text")
    evaluate.add_argument("--show-errors", action="store_true", help="list missed and spurious claims")
    evaluate.set_defaults(handler=command_eval)

    compare = commands.add_parser("compare", help="pivot one kind of claim by paper or model")
    compare.add_argument("--kind", required=True, help="a claim kind, e.g. speedup")
    compare.add_argument("--by", choices=["paper", "model"], default="paper")
    compare.add_argument("--format", choices=["md", "csv"], default="md")
    compare.add_argument("--outputs", type=Path, default=Path("outputs"), help="tables of a run (default: outputs/)")
    compare.set_defaults(handler=command_compare)

    check = commands.add_parser("check", help="consistency rules for CI: exit 0 clean, 1 rule failures, 2 usage or input errors")
    check.add_argument("--baseline", type=Path, help="committed tables to check (default: the config's outputs, outputs/)")
    check.add_argument("--expect", type=Path, help="CSV or YAML of claims the project asserts")
    check.add_argument("--format", choices=["text", "json", "github"], default="text")
    check.add_argument("--strict", action="store_true", help="warnings fail too")
    check.add_argument("--config", type=Path, default=Path("pyproject.toml"), help="[tool.paper-claims.check] lives here")
    check.set_defaults(handler=command_check)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.handler(args)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except (pa_errors.SchemaError, pa_errors.SchemaErrors) as error:
        # A table that fails its schema is our bug, not the user's: say so in one line, write nothing.
        first_line = str(error).strip().splitlines()[0]
        print(f"error: a table failed its schema, nothing was written: {first_line}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `claims ... | head` closed the pipe: not an error of ours
        return 0


if __name__ == "__main__":
    sys.exit(main())
