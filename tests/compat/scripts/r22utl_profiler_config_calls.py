"""Profiler configuration across calls: each set_config starts from the defaults, dumps() writes the trace as a
dump() not finished does, and the output a run opened stays open until a dump closes it."""
# recorded on AVX2
import os
import tempfile
import mxnet as mx
from mxnet import profiler
from _words import words

os.chdir(tempfile.mkdtemp())


def attempt(label, fn):
    try:
        fn()
        print(label, "-> ok", sorted(os.listdir(".")))
    except Exception as e:
        print(label, "->", words(e))
    for name in os.listdir("."):
        os.remove(name)


def op():
    mx.nd.ones((2,)).sqrt().wait_to_read()


def run_op_stop():
    profiler.set_state("run")
    op()
    profiler.set_state("stop")


print("-- never configured: a dump not finished closes the output")
attempt("run", lambda: profiler.set_state("run"))
for i in range(2):
    attempt(f"dump(False) #{i}", lambda: profiler.dump(False))
attempt("run, stop", lambda: (profiler.set_state("run"), profiler.set_state("stop")))
attempt("dumps() writes the trace", lambda: profiler.dumps())
attempt("dump() after dumps()", profiler.dump)
print("-- each set_config starts from the defaults")
attempt("set_config(filename='x.json')", lambda: profiler.set_config(filename="x.json", continuous_dump=False))
attempt("set_config(profile_all=True)", lambda: profiler.set_config(profile_all=True, continuous_dump=False))
attempt("run, op, stop, dump()", lambda: (run_op_stop(), profiler.dump()))
attempt("set_config(aggregate_stats=True)", lambda: profiler.set_config(aggregate_stats=True, continuous_dump=False,
                                                                        filename="a.json"))
run_op_stop()
print("statistics kept:", "sqrt" in profiler.dumps())
attempt("set_config(aggregate_stats=True) again", lambda: profiler.set_config(aggregate_stats=True,
                                                                              continuous_dump=False))
print("statistics kept:", "sqrt" in profiler.dumps(), "after a second dumps():", "sqrt" in profiler.dumps())
attempt("set_config() drops them", lambda: profiler.set_config(continuous_dump=False))
print("statistics kept:", "sqrt" in profiler.dumps())
for reset in [False, True]:
    attempt(f"dumps(reset={reset}) without aggregate_stats", lambda: profiler.dumps(reset=reset))
print("-- set_config leaves an open output open")
attempt("run", lambda: profiler.set_state("run"))
attempt("set_config(filename='b.json')", lambda: profiler.set_config(filename="b.json", continuous_dump=False))
attempt("dump()", profiler.dump)
attempt("dump() again", profiler.dump)
print("-- after a configuration with continuous dumps, a dump not finished leaves the output open")
attempt("set_config(filename='c.json')", lambda: profiler.set_config(filename="c.json"))
attempt("set_config(continuous_dump=False)", lambda: profiler.set_config(filename="c.json", continuous_dump=False))
attempt("run", lambda: profiler.set_state("run"))
for label, fn in [("dump(False)", lambda: profiler.dump(False)), ("dumps()", profiler.dumps),
                  ("dump(False)", lambda: profiler.dump(False)), ("dump()", profiler.dump), ("dump()", profiler.dump),
                  ("run", lambda: profiler.set_state("run")), ("dump(False)", lambda: profiler.dump(False)),
                  ("dump()", profiler.dump)]:
    attempt(label, fn)
profiler.set_state("stop")
