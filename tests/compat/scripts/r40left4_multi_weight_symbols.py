"""The multi-weight SGD updates and multi_lars as Symbols: outputs, auxiliary states, made inputs, versions in JSON, shape and type inference (checks without inferred shapes), bind and forward refusals."""
import json

import mxnet as mx


def run(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        lines = [l for l in str(e).split("\n") if l.strip()]
        print(label, type(e).__name__, lines[-1].split("] ")[-1][:220])


V = mx.sym.var
PER = {"multi_sgd_update": 2, "multi_mp_sgd_update": 3, "multi_mp_sgd_mom_update": 4, "preloaded_multi_sgd_update": 2,
       "preloaded_multi_mp_sgd_update": 3, "preloaded_multi_mp_sgd_mom_update": 4, "multi_sgd_mom_update": 3,
       "preloaded_multi_sgd_mom_update": 3}


def make(op, n, inputs, **extra):
    kw = dict(num_weights=n, name="u", **extra)
    if not op.startswith("preloaded"):
        kw.update(lrs=(0.1,) * n, wds=(0.0,) * n)
    if "mom" in op:
        kw["momentum"] = 0.9
    return getattr(mx.sym, op)(*inputs, **kw)


for op, per in PER.items():
    extra = 2 if op.startswith("preloaded") else 0
    for n in (1, 2):
        xs = [V(f"x{i}") for i in range(n * per + extra)]
        try:
            s = make(op, n, xs)
        except mx.base.MXNetError as e:
            print(op, n, "MXNetError", str(e).split("\n")[0].split("] ")[-1][:120])
            continue
        tag = f"{op} n={n}"
        print(tag, s.list_arguments(), s.list_auxiliary_states(), s.list_outputs(), len(s))
        print(tag, "versions", [e[2] for e in json.loads(s.tojson())["nodes"][-1]["inputs"]])
        run(tag + " missing last", lambda: make(op, n, xs[:-1]).list_inputs())
        run(tag + " none", lambda: make(op, n, []).list_inputs())
        run(tag + " too many", lambda: make(op, n, xs + [V("extra")]).list_inputs())
        run(tag + " computed state", lambda: make(op, n, [x * 2 for x in xs]).list_auxiliary_states())
        names = s.list_arguments()
        full = {a: ((n,) if extra and a in names[-2:] else (3, 4)) for a in names}
        run(tag + " infer_shape", lambda: s.infer_shape(**full))
        run(tag + " partial w0", lambda: s.infer_shape_partial(x0=(3, 4)))
        run(tag + " partial group 0 clash", lambda: s.infer_shape_partial(x0=(3, 4), x1=(5,), **({names[-2]: (n,), names[-1]: (n,)} if extra else {})))
        run(tag + " partial last group clash", lambda: s.infer_shape_partial(**{f"x{(n - 1) * per}": (3, 4), f"x{(n - 1) * per + 1}": (4, 3)}))
        run(tag + " infer_type w0 f16", lambda: s.infer_type(x0="float16"))
        run(tag + " partial type", lambda: s.infer_type_partial(x1="float64"))
        run(tag + " type clash", lambda: s.infer_type_partial(x0="float16", x1="float32"))
        if per > 2:
            run(tag + " state f16", lambda: s.infer_type_partial(x2="float16"))
        if extra:
            run(tag + " lrs f64", lambda: s.infer_type_partial(**{names[-2]: "float64"}))
            for lrs, wds in (((n,), (n,)), ((n + 1,), (n,)), ((n,), (n + 1,)), ((n,), (0,)), ((n, 1), (n,))):
                run(tag + f" rates {lrs} {wds}", lambda: s.infer_shape_partial(**{names[-2]: lrs, names[-1]: wds}))
            run(tag + " wds only", lambda: s.infer_shape_partial(**{names[-1]: (n,)}))
        run(tag + " simple_bind", lambda: s.simple_bind(mx.cpu(), grad_req="null", **full))
        run(tag + " simple_bind grads", lambda: s.simple_bind(mx.cpu(), **full))
        run(tag + " bind forward", lambda: s.bind(mx.cpu(), {a: mx.nd.ones(full[a]) for a in names},
                                                  aux_states={a: mx.nd.ones((3, 4)) for a in s.list_auxiliary_states()}).forward())
for lrs, wds in (((0.1, 0.2, 0.3), (0., 0.)), ((0.1, 0.2), (0.,))):
    run(f"multi_sgd_update rates {lrs} {wds}", lambda: mx.sym.multi_sgd_update(V("a"), V("b"), V("c"), V("d"), lrs=lrs, wds=wds, num_weights=2).infer_shape_partial())

ml = mx.sym.multi_lars(V("lrs"), V("wds"), V("wn"), V("gn"), eta=0.1, eps=1e-8, name="lars")
run("multi_lars partial", lambda: ml.infer_shape_partial(wds=(2,)))
run("multi_lars clash", lambda: ml.infer_shape_partial(lrs=(2,), gn=(3,)))
run("multi_lars backward", lambda: (ml + V("x")).infer_shape_partial(x=(4,)))
run("multi_lars type", lambda: ml.infer_type(wn="float16"))
run("multi_lars type clash", lambda: ml.infer_type_partial(gn="float64", lrs="float32"))

I = mx.sym._internal
for op, per in {"_multi_adamw_update": 4, "_multi_mp_adamw_update": 5, "_multi_lamb_update": 4, "_multi_mp_lamb_update": 5}.items():
    adamw = "adamw" in op
    for n in (1, 2):
        xs = [V(f"x{i}") for i in range(n * per + adamw)]

        def make(**over):
            kw = dict(lrs=(0.1,) * n, wds=(0.,) * n, etas=(1.,) * n, num_weights=n) if adamw else \
                dict(learning_rates=(0.1,) * n, wds=(0.,) * n, step_count=(1,) * n, num_tensors=n)
            kw.update(over)
            return getattr(I, op)(*xs, name="u", **kw)
        s, tag = make(), f"{op} n={n}"
        print(tag, s.list_arguments(), s.list_auxiliary_states(), s.list_outputs())
        print(tag, "versions", [e[2] for e in json.loads(s.tojson())["nodes"][-1]["inputs"]])
        run(tag + " missing last", lambda: getattr(I, op)(*xs[:-1], name="u", **(
            dict(lrs=(0.1,) * n, wds=(0.,) * n, etas=(1.,) * n, num_weights=n) if adamw else
            dict(learning_rates=(0.1,) * n, wds=(0.,) * n, step_count=(1,) * n, num_tensors=n))).list_inputs())
        run(tag + " partial w0", lambda: s.infer_shape_partial(x0=(3, 4)))
        run(tag + " mean clash", lambda: s.infer_shape_partial(x0=(3, 4), x2=(5,)))
        run(tag + " last group clash", lambda: s.infer_shape_partial(**{f"x{(n - 1) * per}": (3, 4), f"x{(n - 1) * per + 1}": (5,)}))
        run(tag + " infer_shape", lambda: s.infer_shape(**{a: (3, 4) for a in s.list_arguments()}))
        for attr in (("lrs", "wds", "etas") if adamw else ("learning_rates", "wds", "step_count")):
            run(tag + f" {attr} of {n + 1}", lambda: make(**{attr: (1,) * (n + 1)}).infer_shape_partial())
        run(tag + " type w0 f16", lambda: s.infer_type_partial(x0="float16"))
        run(tag + " type clash", lambda: s.infer_type_partial(x0="float16", x1="float32"))
        run(tag + " type mean f16", lambda: s.infer_type_partial(x2="float16"))
        run(tag + " type last group clash", lambda: s.infer_type_partial(**{f"x{(n - 1) * per}": "float16", f"x{(n - 1) * per + 1}": "float32"}))
        if adamw:
            run(tag + " type rescale f16", lambda: s.infer_type_partial(**{f"x{n * per}": "float16"}))

s = mx.sym.multi_sgd_update(V("w0"), V("g0"), V("w1"), V("g1"), lrs=(0.1, 0.2), wds=(0., 0.), num_weights=2, name="u")
g = s[0] + V("x")
run("update + x partial", lambda: g.infer_shape_partial(x=(3, 4)))
run("update + x full", lambda: g.infer_shape(x=(3, 4), w0=(3, 4), g0=(3, 4), w1=(3, 4), g1=(3, 4)))
run("update + x clash with its output", lambda: g.infer_shape_partial(x=(3, 4), w0=(5, 4)))
run("update + x type", lambda: g.infer_type(x="float16"))
h = mx.sym.Group([s[1], mx.sym.FullyConnected(s[0], num_hidden=2, name="fc")])
run("update into fc partial", lambda: h.infer_shape_partial(w0=(3, 4)))
mp = mx.sym.multi_mp_sgd_update(V("w0"), V("g0"), V("m0"), lrs=(0.1,), wds=(0.,), num_weights=1, name="u")
run("mp update + x type", lambda: (mp + V("x")).infer_type_partial(x="float16"))
run("mp update + x shape", lambda: (mp + V("x")).infer_shape_partial(x=(2,)))
run("mp update composed with a new state", lambda: (lambda c: (c.list_arguments(), c.list_auxiliary_states()))(mp(m0=V("z"))))
run("mp update composed with a computed state", lambda: mp(m0=V("z") * 2))
run("mp update through JSON", lambda: (lambda h: (h.list_arguments(), h.list_auxiliary_states(), h.list_outputs(),
                                                  h.debug_str()))(mx.sym.load_json(mp.tojson())))
