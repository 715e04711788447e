"""The trace dump() writes: device processes, operators as B/E pairs on cpu/0 and async b/e pairs in the
'operator' process, tasks b/e, frames ( ), counters C, markers n, plain events B/E; processes named by
std::hash of their category; timestamps whole microseconds."""
import json
import os
import tempfile

import mxnet as mx

path = os.path.join(tempfile.mkdtemp(), "trace.json")
mx.profiler.set_config(profile_imperative=True, profile_symbolic=False, profile_api=False, profile_memory=False,
                       filename=path)
dom = mx.profiler.Domain("D")
task, counter, marker, frame = dom.new_task("t"), dom.new_counter("c", 1), dom.new_marker("m"), dom.new_frame("f")
mx.profiler.set_state("run")
task.start()
frame.start()
counter += 2
marker.mark()
task.stop()
frame.stop()
event = mx.profiler.Event("ev")
event.start()
event.stop()
mx.nd.relu(mx.nd.ones(2)).wait_to_read()
mx.profiler.set_state("stop")
mx.profiler.dump()
with open(path) as f:
    trace = json.load(f)
print(sorted(trace), trace["displayTimeUnit"])
shown_events = []
for e in trace["traceEvents"]:
    if e["name"] in ("DeleteVariable", "WaitForVar"):        # engine rows distnet does not model
        continue
    shown = {k: v for k, v in e.items() if k not in ("ts", "tid", "id")}
    if "ts" in e:
        assert isinstance(e["ts"], int) and e["ts"] > 1.5e15       # microseconds since the epoch
        assert e.get("id", e["tid"]) == e["tid"]
    shown_events.append(repr(shown))
for line in sorted(shown_events):       # MXNet emits the processes' sections in an order that varies
    print(line)
