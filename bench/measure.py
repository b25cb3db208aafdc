"""Runs one command and prints its wall time and peak resident memory as JSON.

Used by bench/run.mjs for both modelwatch and the pandas+scipy peer, so both are measured the
same way: wall clock around the child, and the child's ru_maxrss from getrusage(RUSAGE_CHILDREN).
The child's stdout is thrown away, or written to FILE with a leading `--stdout FILE` (for
`modelwatch plan`, whose output the bench reads).
"""
import json
import resource
import subprocess
import sys
import time

command = sys.argv[1:]
stdout_path = None
if command[:1] == ["--stdout"]:
    stdout_path, command = command[1], command[2:]
stdout = open(stdout_path, "wb") if stdout_path is not None else subprocess.DEVNULL
start = time.perf_counter()
completed = subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE)
seconds = time.perf_counter() - start
if stdout_path is not None:
    stdout.close()
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({
    "seconds": seconds,
    "max_rss_bytes": usage.ru_maxrss * 1024,  # Linux reports kilobytes
    "exit_code": completed.returncode,
    "stderr": completed.stderr.decode("utf-8", "replace")[-2000:],
}))
