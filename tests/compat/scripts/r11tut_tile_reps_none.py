"""tile reads reps=None as a shape of unknown rank and returns the array as it is, as MXNet does."""
import mxnet as mx

o = mx.nd.arange(4).reshape((2, 2))
calls = [lambda: mx.nd.tile(o, reps=None), lambda: mx.nd.tile(o, reps=()), lambda: o.tile(reps=None),
         lambda: mx.sym.tile(mx.sym.var('a'), reps=None).eval(a=o)[0], lambda: mx.nd.tile(o, reps=(2,))]
for f in calls:
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, str(e).split('\n')[0].replace('MXNetError: ', ''))
