"""sym.contrib foreach/while_loop/cond whose body returns a Symbol of several outputs as one item: the node built, its outputs, and the shape/type inference and bind errors MXNet gives."""
import mxnet as mx


def run(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, str(e).split("\n")[-2 if str(e).endswith("\n") else -1].split("] ")[-1][:200])


def show(name, g, shapes):
    run(name + " outputs", g.list_outputs)
    run(name + " arguments", g.list_arguments)
    run(name + " infer_shape", lambda: g.infer_shape(**shapes))
    run(name + " infer_shape_partial", lambda: g.infer_shape_partial(**shapes))
    run(name + " infer_type", lambda: g.infer_type(**{k: "float32" for k in shapes}))
    run(name + " infer_type_partial", g.infer_type_partial)
    run(name + " bind", lambda: g.bind(mx.cpu(), {k: mx.nd.ones(v) for k, v in shapes.items()}).forward())


data, s0, s1, a, i = (mx.sym.var(n) for n in ("data", "s0", "s1", "a", "i"))
bodies = {
    "split output": lambda x, st: (mx.sym.split(x, num_outputs=2, axis=1), [st[0] + 1]),
    "split output in list": lambda x, st: ([mx.sym.split(x, num_outputs=2, axis=1)], [st[0] + 1]),
    "split then plain": lambda x, st: ([mx.sym.split(x, num_outputs=2, axis=1), x * 2], [st[0] + 1]),
    "split state": lambda x, st: ([x + 1], [mx.sym.split(st[0], num_outputs=2, axis=0)]),
    "split states": lambda x, st: ([x + 1], mx.sym.split(st[0], num_outputs=2, axis=0)),
    "outer split": lambda x, st: (mx.sym.split(s1, num_outputs=2, axis=0), [st[0] + x]),
}
for name, body in bodies.items():
    try:
        outs, states = mx.sym.contrib.foreach(body, data, [s0], name="fe")
    except Exception as e:
        print(name, "build", type(e).__name__, str(e).split("\n")[0].split("] ")[-1][:160])
        continue
    print(name, type(outs).__name__, len(outs), type(states).__name__, len(states))
    flat = [x for o in outs + states for x in (o if isinstance(o, list) else [o])]
    show("foreach " + name, mx.sym.Group(flat), {"data": (3, 2, 3), "s0": (2, 1, 3)})

branches = {
    "then split, else one": (lambda: mx.sym.split(a, num_outputs=2, axis=0), lambda: a * 2),
    "both split": (lambda: mx.sym.split(a, num_outputs=2, axis=0), lambda: mx.sym.split(a * 2, num_outputs=2, axis=0)),
    "then [split], else [one]": (lambda: [mx.sym.split(a, num_outputs=2, axis=0)], lambda: [a * 2]),
    "then two, else split": (lambda: [a * 2, a + 1], lambda: mx.sym.split(a, num_outputs=2, axis=0)),
}
for name, (then_f, else_f) in branches.items():
    try:
        c = mx.sym.contrib.cond(mx.sym.sum(a) > 3, then_f, else_f, name="cd")
    except Exception as e:
        print(name, "build", type(e).__name__, str(e).split("\n")[0][:160])
        continue
    print(name, type(c).__name__, len(c))
    show("cond " + name, mx.sym.Group([x for o in c for x in (o if isinstance(o, list) else [o])]), {"a": (2, 3)})
run("cond split predicate", lambda: mx.sym.contrib.cond(mx.sym.split(a, num_outputs=2), lambda: a, lambda: a))

steps = {
    "split output": lambda i, x: (mx.sym.split(x, num_outputs=2, axis=0), [i + 1, x * 2]),
    "split variable": lambda i, x: (x * 1, [i + 1, mx.sym.split(x, num_outputs=2, axis=0)]),
}
for name, step in steps.items():
    try:
        outs, states = mx.sym.contrib.while_loop(lambda i, x: i < 3, step, [i, a], max_iterations=4, name="wl")
    except Exception as e:
        print(name, "build", type(e).__name__, str(e).split("\n")[0][:160])
        continue
    print(name, type(outs).__name__, type(states).__name__, len(states))
    flat = [x for o in (outs if isinstance(outs, list) else [outs]) + states for x in (o if isinstance(o, list) else [o])]
    show("while_loop " + name, mx.sym.Group(flat), {"i": (1,), "a": (2, 3)})

sp = mx.sym.split(a, num_outputs=2, axis=0, name="sp")
run("foreach data of two outputs", lambda: mx.sym.contrib.foreach(lambda x, s: (x + 1, [s[0] + 1]), sp, [s0]))
run("foreach state of two outputs", lambda: mx.sym.contrib.foreach(lambda x, s: (x + 1, [s[0]]), data, [sp]))
run("while_loop variable of two outputs", lambda: mx.sym.contrib.while_loop(
    lambda x: x < 3, lambda x: (x, x + 1), sp, max_iterations=3))
run("cond reading outputs of a split", lambda: mx.sym.contrib.cond(a > 1, lambda: sp[0] + 1, lambda: sp[1]).list_outputs())
outs, states = mx.sym.contrib.while_loop(lambda i, x: mx.sym.split(x, num_outputs=2, axis=0),
                                         lambda i, x: (x * 1, [i + 1, x * 2]), [i, a], max_iterations=3, name="wl")
show("while_loop condition of two outputs", mx.sym.Group([outs] + states), {"i": (1,), "a": (2, 3)})
