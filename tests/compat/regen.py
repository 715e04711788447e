"""Record the expected output of every compat script with a real MXNet 1.9.1 (not used in CI).

Usage: /path/to/python-with-mxnet regen.py
"""
import pathlib
import subprocess
import sys

for script in sorted((pathlib.Path(__file__).parent / "scripts").glob("[!_]*.py")):   # _*.py: helpers
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=script.parent, check=True)
    script.with_suffix(".out").write_text(out.stdout)
    print("recorded", script.name)
