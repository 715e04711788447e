"""import distnet pauses the cyclic garbage collector while it runs, freezes what it made, and turns the collector
back on."""
import subprocess
import sys


def test_import_turns_the_collector_back_on():
    probe = "import gc, distnet; print(gc.isenabled(), gc.get_freeze_count() > 100000)"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True", "True"]
