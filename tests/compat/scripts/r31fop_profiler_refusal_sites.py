"""mx.profiler's refusals print the C++ source line MXNet's check stands at: the server process without a kvstore (per call), a continuous dump restarted while its timer quits, and a reset of statistics never kept."""
# recorded on AVX2
import os
import tempfile

import mxnet as mx
from mxnet import profiler

trace = os.path.join(tempfile.mkdtemp(), "trace.json")


def show(label, call):
    try:
        call()
        print(label, "-> ok")
    except Exception as e:      # noqa: BLE001 (shown)
        print(label, "->", type(e).__name__, repr(str(e)))


show("set_config server", lambda: profiler.set_config(profile_process="server"))
show("set_config worker", lambda: profiler.set_config(profile_process="worker", filename=trace))
show("set_state run server", lambda: profiler.set_state("run", profile_process="server"))
show("set_state stop server", lambda: profiler.set_state("stop", profile_process="server"))
show("pause server", lambda: profiler.pause(profile_process="server"))
show("resume server", lambda: profiler.resume(profile_process="server"))
show("dump server", lambda: profiler.dump(profile_process="server"))
show("dumps reset without aggregate_stats", lambda: profiler.dumps(reset=True))
show("dumps reset=1", lambda: profiler.dumps(reset=1, sort_by="count", ascending=True))

profiler.set_config(filename=trace, profile_all=True, aggregate_stats=False)
profiler.set_state("run")
mx.nd.ones((2, 2)).wait_to_read()
profiler.set_state("stop")
profiler.dump()
show("set_config while the finished dump's timer quits",
     lambda: profiler.set_config(filename=trace, profile_all=True, aggregate_stats=True))
