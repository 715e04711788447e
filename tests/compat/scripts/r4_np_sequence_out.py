# mx.np operators take out= as a one-array tuple or list too (written, and returned as given); other lengths
# and non-array items fail as MXNet's front end
import mxnet as mx
mx.npx.set_np()
x = mx.np.array([[0.5, 1.0, 2.0]])
for make in (lambda o: mx.np.sin(x, out=(o,)), lambda o: mx.np.add(x, x, out=[o]),
             lambda o: mx.np.multiply(x, 2, out=(o,))):
    o = mx.np.zeros((1, 3))
    r = make(o)
    print(type(r).__name__, len(r), r[0] is o, o.asnumpy().round(4).tolist())
for t in ["mx.np.sin(x, out=(mx.np.zeros((1, 3)), mx.np.zeros((1, 3))))", "mx.np.sin(x, out=())",
          "mx.np.exp(x, out=(None,))", "mx.np.sqrt(x, out=(mx.np.zeros((1, 2)),))",
          "mx.np.sqrt(x, out=(mx.np.zeros((1, 3), dtype='int32'),))"]:
    try:
        eval(t)
        print(t, "ok")
    except Exception as e:
        print(t, "ERR", type(e).__name__)
