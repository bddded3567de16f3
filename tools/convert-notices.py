#!/usr/bin/env python3
"""Converts the holiday-cn schedules (shared/data/holidays-cn) into Zongzhi's own notice format.

Our format names each day's kind instead of a boolean: "Holiday" (放假), "MakeupWorkingDay" (调休上班: a
Saturday or Sunday that is worked) or "WorkingDay" (a weekday the notice names as worked, e.g. 2020-02-03
after the Spring Festival extension). A year with neither notices nor days is left out: it is unpublished.
Usage: tools/convert-notices.py ../shared/data/holidays-cn src/Zongzhi/Features/Calendar/Notices
"""
import datetime, json, pathlib, sys

source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
target.mkdir(parents=True, exist_ok=True)
for path in sorted(source.glob("[0-9][0-9][0-9][0-9].json")):
    data = json.loads(path.read_text(encoding="utf-8"))
    if not data["papers"] and not data["days"]:
        continue
    days = []
    for day in sorted(data["days"], key=lambda d: d["date"]):
        date = datetime.date.fromisoformat(day["date"])
        if day["isOffDay"]:
            kind = "Holiday"
        else:
            kind = "MakeupWorkingDay" if date.weekday() >= 5 else "WorkingDay"
        days.append({"date": day["date"], "kind": kind, "name": day["name"]})
    out = {"year": data["year"], "notices": data["papers"], "days": days}
    lines = ",\n".join("    " + json.dumps(d, ensure_ascii=False) for d in days)
    text = ('{\n  "year": %d,\n  "notices": %s,\n  "days": [\n%s\n  ]\n}\n'
            % (data["year"], json.dumps(data["papers"]), lines))
    (target / path.name).write_text(text, encoding="utf-8")
