"""Runs one command and prints its wall time and peak resident memory as JSON.

Used by bench/run.mjs for both modelwatch and the pandas+scipy peer, so both are measured the
same way: wall clock around the child, and the child's ru_maxrss from getrusage(RUSAGE_CHILDREN).
"""
import json
import resource
import subprocess
import sys
import time

start = time.perf_counter()
completed = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({
    "seconds": seconds,
    "max_rss_bytes": usage.ru_maxrss * 1024,  # Linux reports kilobytes
    "exit_code": completed.returncode,
    "stderr": completed.stderr.decode("utf-8", "replace")[-2000:],
}))
