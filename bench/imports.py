"""Reading a data download: ``python -m bench.imports [--quick] [--size-mb N] [--json PATH]``.

Builds a synthetic Facebook download (the 2023-25 layout) of about ``--size-mb`` megabytes
(default 2000: a 2 GB archive) in a temporary folder, once, and deletes it afterwards. Like a
real one it is mostly photos and videos (three quarters: random bytes, stored) and the rest
JSON (deflated, about 3.5 GB unpacked at full size, in 64 MiB shards: posts, likes and
reactions, comments, friends, conversations, off-Meta activity).

Three child processes each read it once, cold (a new Python each):
- ``import``: ``privacy_audit.imports.read_download`` (what the app and ``privacy-audit
  import`` run), with its peak memory (VmHWM);
- ``floor_all``: ``zipfile`` reads every entry's bytes (the floor the brief names);
- ``floor_json``: ``zipfile`` reads only the JSON entries (the bytes the importer must read).

Printed: MB/s of each, the ratios of the import's time to each floor, and the import's peak
memory against the 200 MiB target. ``--quick`` builds a small archive (proves it runs, e.g. in
CI); its numbers mean little.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MiB = 1024 * 1024
PEAK_TARGET_MIB = 200.0
TOP = "facebook-benchmark-2025-01-01-AbCdEf/"

_WORDS = (
    "hola casa trabajo familia fiesta comida iglesia parque escuela futbol música amigos "
    "ciudad barrio mercado playa viaje cumpleaños domingo mañana noche gracias bendiciones "
    "photo weekend family church market school game dinner friends birthday trip city"
).split()


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(4, 30)))


def _post(rng: random.Random, ts: int) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "timestamp": ts,
        "data": [{"post": _sentence(rng)}],
        "title": "Ana Ejemplo updated her status.",
    }
    if rng.random() < 0.3:
        rec["attachments"] = [
            {
                "data": [
                    {
                        "media": {
                            "uri": f"posts/media/{rng.getrandbits(64):x}.jpg",
                            "creation_timestamp": ts,
                            "media_metadata": {
                                "photo_metadata": {
                                    "exif_data": [{"upload_ip": f"192.0.2.{rng.randint(1, 254)}"}]
                                }
                            },
                            "title": "",
                        }
                    }
                ]
            }
        ]
    if rng.random() < 0.05:
        rec.setdefault("attachments", []).append(
            {
                "data": [
                    {"place": {"name": "Parque", "coordinate": {"latitude": 1.0, "longitude": 2.0}}}
                ]
            }
        )
    return rec


def _reaction(rng: random.Random, ts: int) -> dict[str, Any]:
    return {
        "timestamp": ts,
        "data": [{"reaction": {"reaction": rng.choice(["LIKE", "LOVE", "HAHA"]), "actor": "Ana"}}],
        "title": f"Ana Ejemplo likes {_sentence(rng)[:40]}'s post.",
    }


def _comment(rng: random.Random, ts: int) -> dict[str, Any]:
    return {
        "timestamp": ts,
        "data": [{"comment": {"timestamp": ts, "comment": _sentence(rng), "author": "Ana"}}],
        "title": "Ana Ejemplo commented on a post.",
    }


def _write_json_list(
    zf: zipfile.ZipFile,
    name: str,
    make: Any,
    target: int,
    rng: random.Random,
    wrapper: str = "",
) -> int:
    """Stream a JSON list of records (bare, or under *wrapper*) of about *target* bytes."""
    # A pool of distinct records, reused in a shuffled order: realistic compression, fast.
    pool = [
        json.dumps(make(rng, 0), ensure_ascii=True)[len('{"timestamp": 0') :] for _ in range(400)
    ]
    written = 0
    ts = 1_300_000_000
    with zf.open(name, "w", force_zip64=True) as fh:
        head = (f'{{"{wrapper}": [' if wrapper else "[").encode()
        fh.write(head)
        written += len(head)
        first = True
        buf: list[str] = []
        size = 0
        while written + size < target:
            ts += rng.randint(60, 20_000)
            rec = ("" if first else ",\n") + f'{{"timestamp": {ts}' + rng.choice(pool)
            first = False
            buf.append(rec)
            size += len(rec)
            if size > MiB:
                data = "".join(buf).encode()
                fh.write(data)
                written += len(data)
                buf, size = [], 0
        tail = ("".join(buf) + ("]}" if wrapper else "]")).encode()
        fh.write(tail)
        written += len(tail)
    return written


def build(folder: Path, size_mb: int, seed: int = 7) -> Path:
    """A synthetic Facebook download of about *size_mb* MB on disk."""
    rng = random.Random(seed)
    path = folder / "facebook-benchmark.zip"
    target = size_mb * 1_000_000
    media_share = 0.75  # real downloads are mostly photos and videos
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1, allowZip64=True) as zf:
        # Photos and videos: incompressible, stored, never read by the importer.
        media = int(target * media_share)
        n = 0
        chunk = 8 * MiB
        while media > 0:
            size = min(media, rng.randint(1, 8) * MiB)
            info = zipfile.ZipInfo(f"{TOP}your_facebook_activity/posts/media/{n:06d}.jpg")
            info.compress_type = zipfile.ZIP_STORED
            with zf.open(info, "w", force_zip64=True) as fh:
                left = size
                while left > 0:
                    k = min(chunk, left)
                    fh.write(os.urandom(k))
                    left -= k
            media -= size
            n += 1
        # JSON: this synthetic JSON packs about 7x at level 1; aim at 7x the remaining bytes.
        json_target = int((target - target * media_share) * 7)
        shard = 64 * MiB
        parts = [
            (
                "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_{}.json",
                _post,
                "",
                0.45,
            ),
            (
                "your_facebook_activity/comments_and_reactions/likes_and_reactions_{}.json",
                _reaction,
                "",
                0.35,
            ),
            (
                "your_facebook_activity/comments_and_reactions/comments.json",
                _comment,
                "comments_v2",
                0.15,
            ),
        ]
        for pattern, make, wrapper, share in parts:
            amount = int(json_target * share)
            if "{}" not in pattern:
                _write_json_list(zf, TOP + pattern, make, amount, rng, wrapper)
                continue
            i = 1
            while amount > 0:
                amount -= _write_json_list(
                    zf, TOP + pattern.format(i), make, min(shard, amount), rng
                )
                i += 1
        friends = [{"name": f"Persona {i}", "timestamp": 1_400_000_000 + i} for i in range(5000)]
        zf.writestr(
            TOP + "connections/friends/your_friends.json", json.dumps({"friends_v2": friends})
        )
        profile = {
            "profile_v2": {
                "emails": {"emails": ["ana.ejemplo@example.org"]},
                "phone_numbers": [{"phone_number": "+1 555 0100"}],
                "registration_timestamp": 1_300_000_000,
            }
        }
        zf.writestr(
            TOP + "personal_information/profile_information/profile_information.json",
            json.dumps(profile),
        )
        for i in range(300):
            zf.writestr(
                f"{TOP}your_facebook_activity/messages/inbox/person{i}_{i:04d}/message_1.json",
                json.dumps({"participants": [{"name": f"P{i}"}], "messages": []}),
            )
        offsite = [
            {
                "name": f"Tienda {i}",
                "events": [
                    {"id": j, "type": "PAGE_VIEW", "timestamp": 1_600_000_000 + j}
                    for j in range(20)
                ],
            }
            for i in range(2000)
        ]
        zf.writestr(
            TOP + "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json",
            json.dumps({"off_facebook_activity_v2": offsite}),
        )
    return path


_CHILD = r"""
import json, sys, time, zipfile
path, mode = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
out = {}
if mode == "import":
    from privacy_audit.imports import read_download
    r = read_download(path)
    out = {"bytes": r.bytes_read, "findings": len(r.findings), "format": r.format_version,
           "posts": next((f.count for f in r.findings if f.id == "posts"), None)}
else:
    n = 0
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if mode == "floor_json" and not info.filename.endswith(".json"):
                continue
            with zf.open(info) as fh:
                while True:
                    b = fh.read(1 << 20)
                    if not b:
                        break
                    n += len(b)
    out = {"bytes": n}
out["seconds"] = time.perf_counter() - t0
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        out["peak_mib"] = int(line.split()[1]) / 1024
print(json.dumps(out))
"""


def child(path: Path, mode: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), mode],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{mode} failed:\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def run(size_mb: int, repeats: int) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="huella-bench-import-"))
    try:
        t0 = time.perf_counter()
        path = build(folder, size_mb)
        built = time.perf_counter() - t0
        archive = path.stat().st_size
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            json_bytes = sum(i.file_size for i in infos if i.filename.endswith(".json"))
        runs: dict[str, list[dict[str, Any]]] = {"import": [], "floor_all": [], "floor_json": []}
        for _ in range(repeats):
            for mode in runs:  # interleaved, so load changes hit every side alike
                runs[mode].append(child(path, mode))
        best = {m: min(rs, key=lambda r: r["seconds"]) for m, rs in runs.items()}
        imp = best["import"]
        return {
            "size_mb": size_mb,
            "archive_bytes": archive,
            "uncompressed_bytes": total,
            "json_bytes": json_bytes,
            "build_seconds": built,
            "repeats": repeats,
            "import": imp,
            "floor_all": best["floor_all"],
            "floor_json": best["floor_json"],
            "import_json_mb_s": json_bytes / 1e6 / imp["seconds"],
            "import_archive_mb_s": archive / 1e6 / imp["seconds"],
            "floor_all_mb_s": total / 1e6 / best["floor_all"]["seconds"],
            "floor_json_mb_s": json_bytes / 1e6 / best["floor_json"]["seconds"],
            "ratio_vs_floor_all": imp["seconds"] / best["floor_all"]["seconds"],
            "ratio_vs_floor_json": imp["seconds"] / best["floor_json"]["seconds"],
            "peak_mib": max(r["peak_mib"] for r in runs["import"]),
            "peak_target_mib": PEAK_TARGET_MIB,
            "loadavg": os.getloadavg(),
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def report(d: dict[str, Any]) -> str:
    ok = "PASS" if d["peak_mib"] < d["peak_target_mib"] else "FAIL"
    return "\n".join(
        [
            f"synthetic Facebook download: {d['archive_bytes'] / 1e6:.0f} MB archive, "
            f"{d['uncompressed_bytes'] / 1e6:.0f} MB unpacked, "
            f"{d['json_bytes'] / 1e6:.0f} MB of JSON "
            f"(built in {d['build_seconds']:.0f} s, best of {d['repeats']})",
            f"import      {d['import']['seconds']:8.1f} s  "
            f"{d['import_json_mb_s']:7.1f} MB/s of JSON "
            f"({d['import_archive_mb_s']:.1f} MB/s of archive)",
            f"floor_all   {d['floor_all']['seconds']:8.1f} s  {d['floor_all_mb_s']:7.1f} MB/s "
            f"(zipfile reads every entry)",
            f"floor_json  {d['floor_json']['seconds']:8.1f} s  {d['floor_json_mb_s']:7.1f} MB/s "
            f"(zipfile reads the JSON entries)",
            f"ratio       {d['ratio_vs_floor_all']:.2f}x floor_all, "
            f"{d['ratio_vs_floor_json']:.2f}x floor_json",
            f"peak memory {d['peak_mib']:.0f} MiB (import, VmHWM) target < "
            f"{d['peak_target_mib']:.0f} MiB: {ok}",
            f"load average {d['loadavg'][0]:.1f} on {os.cpu_count()} cores",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.imports")
    ap.add_argument("--quick", action="store_true", help="a small archive (32 MB), one run")
    ap.add_argument("--size-mb", type=int, default=2000, help="archive size (default 2000)")
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--json", type=Path, help="also write the numbers here")
    args = ap.parse_args(argv)
    size, repeats = (32, 1) if args.quick else (args.size_mb, args.repeats)
    data = run(size, repeats)
    print(report(data))
    if args.json:
        args.json.write_text(json.dumps(data, indent=2), encoding="utf-8")
    print(json.dumps(data))
    return 0 if data["peak_mib"] < PEAK_TARGET_MIB else 1


if __name__ == "__main__":
    sys.exit(main())
