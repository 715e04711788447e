"""The public names of mx.autograd and mx.sym.symbol are MXNet's (their imports, NDArray/Symbol, NDArrayBase and
SymbolBase as the classes' bases), none of distnet's recording or graph helpers."""
import mxnet as mx

for module in [mx.autograd, mx.sym.symbol]:
    print(module.__name__.split(".", 1)[1], [n for n in dir(module) if not n.startswith("_")])
print(mx.autograd.NDArray is mx.nd.NDArray, mx.autograd.Symbol is mx.sym.Symbol, mx.autograd.array("f", [1.5]))
print(mx.sym.symbol.Executor is mx.executor.Executor, mx.sym.symbol.NDArray is mx.nd.NDArray,
      mx.sym.symbol.py_slice is slice, mx.sym.symbol.Number.__name__, mx.sym.symbol.AttrScope is mx.AttrScope)
print(issubclass(mx.nd.NDArray, mx.nd.ndarray.NDArrayBase), issubclass(mx.np.ndarray, mx.nd._internal.NDArrayBase),
      issubclass(mx.sym.Symbol, mx.sym.symbol.SymbolBase), mx.sym._internal.SymbolBase is mx.sym.symbol.SymbolBase,
      isinstance(mx.nd.ones(2), mx.nd.ndarray.NDArrayBase), isinstance(mx.sym.var("x"), mx.sym.symbol.SymbolBase))
for expr in ["mx.autograd.nothing", "mx.sym.symbol.nothing", "mx.nd.ndarray.nothing", "mx.nd._internal.nothing",
             "mx.np.fallback_linalg.nothing"]:
    try:
        eval(expr)
        print(expr, "found")
    except AttributeError as e:
        print(expr, "AttributeError", e)
x = mx.nd.ones((2,))
x.attach_grad()
with mx.autograd.record():
    y = (x * 3).sum()
y.backward()
print(x.grad, mx.sym.symbol.is_np_shape(), mx.sym.symbol.current_context())
