"""Profiler checks as MXNet makes them: dump periods, server requests, the stopped dump timer, span and dumps options."""
import mxnet as mx

P = mx.profiler


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        # a native check's message follows "MXNetError: " after MXNet's C++ trace
        lines = [l[12:] for l in str(e).splitlines() if l.startswith("MXNetError: ")] or str(e).splitlines()
        print(label, "raises", type(e).__name__, lines[0] if lines else "")


attempt("dump_period=0", lambda: P.set_config(filename="r10misc_profile.json", dump_period=0))
attempt("dump_period=-1", lambda: P.set_config(dump_period=-1))
attempt("dump_period=0 no continuous", lambda: P.set_config(dump_period=0, continuous_dump=False))
attempt("server config", lambda: P.set_config(profile_process="server", dump_period=0))
attempt("unknown process", lambda: P.set_config(profile_process="x"))
for name, call in [("set_state", lambda: P.set_state("run", "server")), ("pause", lambda: P.pause("server")),
                   ("resume", lambda: P.resume("server")), ("dump", lambda: P.dump(True, "server")),
                   ("pause x", lambda: P.pause("x")), ("resume x", lambda: P.resume("x"))]:
    attempt(name, call)

# a configuration without continuous dumps stops the dump timer; it quits at its next wake (1 s here)
attempt("continuous", lambda: P.set_config(filename="r10misc_profile.json"))
attempt("not continuous", lambda: P.set_config(filename="r10misc_profile.json", continuous_dump=False))
attempt("continuous again", lambda: P.set_config(filename="r10misc_profile.json"))
attempt("not continuous again", lambda: P.set_config(filename="r10misc_profile.json", continuous_dump=False))

domain = P.Domain("d")
attempt("task stop", lambda: P.Task(domain, "t").stop())
attempt("frame stop", lambda: P.Frame(domain, "f").stop())
attempt("event stop", lambda: P.Event("e").stop())
attempt("sort_by", lambda: P.dumps(sort_by="name"))
attempt("format", lambda: P.dumps(format="csv"))
attempt("ascending", lambda: P.dumps(ascending=1))
attempt("reset", lambda: P.dumps(reset=True))
