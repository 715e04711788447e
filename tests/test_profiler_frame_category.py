"""Profiler Frames are listed under "<domain>,frame", Tasks under the domain, as MXNet 1.9.1 lists them."""
import json

import distnet as mx


def test_frame_and_task_categories(tmp_path):
    mx.profiler.set_config(aggregate_stats=True, filename=str(tmp_path / "p.json"), continuous_dump=False)
    dom = mx.profiler.Domain("D")
    task, frame = dom.new_task("t"), dom.new_frame("f")
    mx.profiler.set_state("run")
    task.start(); frame.start()
    frame.stop(); task.stop()
    mx.profiler.set_state("stop")
    stats = json.loads(mx.profiler.dumps(reset=True, format="json"))["Time"]
    assert sorted(stats["D"]) == ["t"] and sorted(stats["D,frame"]) == ["f"]
    assert str(frame) == frame.name == "f"
