"""group2ctx: the _CrossDeviceCopy nodes an executor's debug_str shows (inference graphs placed once per subgraph pass, training graphs once), and the placement refusals of gradients (sum_grad, shared backward nodes) at simple_bind and bind."""
import mxnet as mx


def run(label, fn):
    try:
        print(label)
        print(fn())
    except Exception as e:
        lines = [l for l in str(e).split("\n") if l.strip()]
        print(label, type(e).__name__, lines[-1][:240])


def graphs():
    with mx.name.NameManager():
        with mx.AttrScope(ctx_group="dev1"):
            a, b = mx.sym.var("a"), mx.sym.var("b")
            c = a * b
        with mx.AttrScope(ctx_group="dev2"):
            yield "a*b then exp+a", mx.sym.exp(c, name="e") + a, dict(a=(2, 3), b=(2, 3))
    with mx.name.NameManager():
        with mx.AttrScope(ctx_group="dev1"):
            a = mx.sym.var("a")
            h = mx.sym.FullyConnected(a, num_hidden=2, name="fc1")
        with mx.AttrScope(ctx_group="dev2"):
            out = mx.sym.FullyConnected(mx.sym.relu(h, name="r"), num_hidden=2, name="fc2")
        yield "fc chain", mx.sym.Group([out, h * 2]), dict(a=(2, 3))
    with mx.name.NameManager():
        x = mx.sym.var("x")
        with mx.AttrScope(ctx_group="dev1"):
            y = mx.sym.sin(x, name="s")
        z = mx.sym.cos(y, name="c")
        with mx.AttrScope(ctx_group="dev2"):
            yield "ungrouped middle", mx.sym.exp(z, name="e") + x, dict(x=(2, 2))
    with mx.name.NameManager():
        x = mx.sym.var("x")
        with mx.AttrScope(ctx_group="dev2"):
            bn = mx.sym.BatchNorm(x, name="bn")
        with mx.AttrScope(ctx_group="dev1"):
            yield "batchnorm", mx.sym.relu(bn, name="r"), dict(x=(2, 3))
    with mx.name.NameManager():
        with mx.AttrScope(ctx_group="dev1"):
            x = mx.sym.var("x")
        with mx.AttrScope(ctx_group="dev2"):
            y = mx.sym.var("y")
            yield "dot", mx.sym.sum(mx.sym.dot(x, y, name="dot")), dict(x=(2, 3), y=(3, 2))


g2c = {"dev1": mx.cpu(1), "dev2": mx.cpu(2)}
for name, net, shapes in graphs():
    first = {k: "write" if i == 0 else "null" for i, k in enumerate(net.list_arguments())}
    for req in ("write", "null", first):
        def bound():
            ex = net.simple_bind(mx.cpu(0), group2ctx=g2c, grad_req=req, **shapes)
            for v in ex.arg_dict.values():
                v[:] = 0.5
            outs = ex.forward(is_train=req != "null")
            return ex.debug_str() + str([(o.asnumpy().round(4).tolist(), str(o.context)) for o in outs])
        run(f"{name} grad_req={req}", bound)
    run(f"{name} swapped devices", lambda: net.simple_bind(mx.cpu(0), group2ctx={"dev1": mx.cpu(2), "dev2": mx.cpu(0)},
                                                            grad_req="null", **shapes).debug_str())

with mx.AttrScope(ctx_group="dev1"):
    a, b = mx.sym.var("a"), mx.sym.var("b")
    c = a * b
with mx.AttrScope(ctx_group="dev2"):
    f = mx.sym.exp(c, name="e") + a
args = {"a": mx.nd.ones((2, 3), ctx=mx.cpu(1)), "b": mx.nd.ones((2, 3), ctx=mx.cpu(1))}
for where in (mx.cpu(1), mx.cpu(2)):
    grads = {"a": mx.nd.zeros((2, 3), ctx=where), "b": mx.nd.zeros((2, 3), ctx=mx.cpu(1))}
    run(f"bind with a's gradient on {where}", lambda: f.bind(mx.cpu(0), args, args_grad=grads, group2ctx=g2c).debug_str())
run("bind without gradients", lambda: f.bind(mx.cpu(0), {"a": mx.nd.ones((2, 3)), "b": mx.nd.ones((2, 3))},
                                             group2ctx=g2c).debug_str())

# the memory lines: each device pools its own blocks, the copies' among them
for name, net, shapes in graphs():
    big = {k: tuple(d * 256 for d in v) for k, v in shapes.items()}
    for req in ("write", "null"):
        run(f"{name} memory grad_req={req}", lambda: net.simple_bind(mx.cpu(0), group2ctx=g2c, grad_req=req,
                                                                     **big).debug_str().split("\n")[-3])
for req in ("null", {"a": "null", "b": "write"}):
    run(f"a*b then exp+a 1024x1024 memory grad_req={req}", lambda: f.simple_bind(
        mx.cpu(0), group2ctx=g2c, grad_req=req, a=(1024, 1024), b=(1024, 1024)).debug_str().split("\n")[-3])
