"""Profiler objects and options: their text and the refusals of wrong arguments."""
from mxnet import profiler
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


for kw in [{"profile_all": True}, {"foo": 1}, {"filename": 3}, {"profile_all": "x"}, {"dump_period": -1},
           {"dump_period": "x"}, {"aggregate_stats": 1}, {"profile_process": "bad"}]:
    attempt(f"set_config {kw}", lambda: profiler.set_config(**kw))
for st in ["bad", 1, True, "RUN", None]:
    attempt(f"set_state {st!r}", lambda: profiler.set_state(st))
attempt("set_state process bad", lambda: profiler.set_state("stop", profile_process="x"))
attempt("dump before running", profiler.dump)
attempt("dumps format xml", lambda: profiler.dumps(format="xml"))
attempt("dumps sort_by foo", lambda: profiler.dumps(sort_by="foo"))
attempt("dumps ascending x", lambda: profiler.dumps(ascending="x"))
attempt("pause bad", lambda: profiler.pause(profile_process="x"))
d = profiler.Domain("dom")
print("domain", str(d), d.name)
t = d.new_task("t")
print("task", str(t), t.name, type(t).__name__)
print("frame", str(d.new_frame("f")), "marker", d.new_marker("m").name, "counter", str(d.new_counter("c", 5)))
print("event", str(profiler.Event("e")))
attempt("task stop before start", t.stop)
t.start()
attempt("task start twice", t.start)
t.stop()
attempt("task on a str domain", lambda: profiler.Task("d", "t"))
attempt("counter on a str domain", lambda: profiler.Counter("d", "c"))
attempt("marker on a str domain", lambda: profiler.Marker("d", "m").name)
c = profiler.Counter(d, "c", 3)
c.increment(2)
c.decrement(1)
c += 5
c -= 1
print("counter", str(c))
for label, fn in [("set_value(-1)", lambda: c.set_value(-1)), ("set_value(1.5)", lambda: c.set_value(1.5)),
                  ("set_value('x')", lambda: c.set_value("x")), ("decrement(50)", lambda: c.decrement(50)),
                  ("Counter(-2)", lambda: profiler.Counter(d, "c", -2)), ("increment(-1)", lambda: c.increment(-1))]:
    attempt(label, fn)
m = profiler.Marker(d, "m")
attempt("marks", lambda: (m.mark(), m.mark("global"), m.mark("process"), m.mark("thread"), m.mark("task")))
attempt("mark foo", lambda: m.mark("foo"))
