"""The public names of mx.nd.np/npx's and mx.sym.np/npx's submodules, sym.random and sym._internal are MXNet's."""
import mxnet as mx

mx.random.seed(0)
for path in ["nd.np.linalg", "nd.np.random", "nd.npx.image", "nd.npx.random", "sym.np.linalg", "sym.np.random",
             "sym.npx.image", "sym.npx.random", "sym.random", "npx.random"]:
    module = eval("mx." + path)
    print(path, [n for n in dir(module) if not n.startswith("_")])
print("sym._internal", [n for n in dir(mx.sym._internal) if not n.startswith("_") and n != "SymbolBase"])
for expr in ["mx.nd.np.linalg.qr", "mx.nd.np.random.randn", "mx.nd.npx.random.seed", "mx.nd.npx.image.imread",
             "mx.sym._internal.Activation", "mx.sym._internal.FullyConnected"]:
    try:
        eval(expr)
        print(expr, "found")
    except AttributeError as e:
        print(expr, "AttributeError", e)
x = mx.np.ones((2, 4, 4, 3), dtype="uint8")
print(mx.nd.npx.image.to_tensor(x).shape, mx.nd.np.linalg.norm(mx.np.array([3., 4.])))
print(mx.nd.np.random.uniform(size=(2,), ctx=mx.cpu()), mx.nd.npx.random.bernoulli(0.5, None, (3,), None, None, None))
print(mx.nd.np.random.NDArray is mx.nd.NDArray, mx.nd.np.random.np.__name__, mx.nd.npx.random.current_context())
s = mx.sym._internal._plus(mx.sym.var("a"), mx.sym.var("b"))
print(s.list_arguments(), mx.sym._internal.AttrScope is mx.AttrScope, mx.sym._internal.NameManager is mx.name.NameManager)
print(mx.sym.npx.random.current_context(), mx.sym.random.numeric_types)
