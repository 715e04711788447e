import mxnet as mx
nd = mx.nd
x = nd.ones((2, 3))
tests = [lambda: nd.relu(x, foo=1), lambda: nd.broadcast_maximum(x, x, axis=1), lambda: nd.broadcast_add(x, x, bar='z'),
         lambda: nd.sum(x, foo=1), lambda: nd.exp(x, axis=0), lambda: nd.elemwise_add(x, x, foo=2), lambda: nd.dot(x, x.T, foo=1),
         lambda: nd.Activation(x, act_type='relu', foo=1), lambda: nd.sigmoid(x, name='s', foo=3), lambda: x.exp(foo=1),
         lambda: mx.sym.relu(mx.sym.var('a'), foo=1).attr('foo'), lambda: mx.sym.broadcast_add(mx.sym.var('a'), mx.sym.var('b'), axis=1).list_attr()]
for i, t in enumerate(tests):
    try: r = t(); print(i, 'ok', r.shape if hasattr(r, 'shape') else r)
    except Exception as e: print(i, type(e).__name__)
