"""mx.np.ndarray methods take MXNet's parameters and name themselves ndarray.<method> in Python's argument errors."""
import mxnet as mx

mx.npx.set_np()
a = mx.np.array([[1., 5., 2.]])
CALLS = ["a.argmax(keepdims=True)", "a.argmin(axis=0, keepdims=True)", "a.mean(initial=1)", "a.std(correction=1)",
         "a.var(where=True)", "a.cumsum(0, None, None, 1)", "a.nonzero(0)", "a.squeeze(out=a)", "a.swapaxes(0)",
         "a.repeat()", "a.repeat(2, 0, 1)", "a.argmax(0, None, 1)", "a.mean(axis=1, keepdims=True)",
         "a.var(1, None, None, 1)", "a.squeeze(0)", "a.swapaxes(axis1=0, axis2=1)", "a.repeat(repeats=2, axis=1)",
         "a.cumsum(axis=1)", "a.nonzero()"]
for call in CALLS:
    try:
        print(call, "->", eval(call))
    except TypeError as err:
        print(call, "-> TypeError:", err)
