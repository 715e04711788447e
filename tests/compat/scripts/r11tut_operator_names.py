"""A parameter error names the operator as MXNet registers it (Reshape, _ravel_multi_index), whichever alias was called."""
import mxnet as mx
o = mx.nd.ones((2, 2))
for f in [lambda: mx.nd.reshape(o, shape=(4,), reverse=None), lambda: mx.nd.Reshape(o, shape=(4,), keep_highest='x'),
          lambda: o.reshape((4,), reverse='r'), lambda: mx.nd.ravel_multi_index(o, shape='a'), lambda: mx.nd.unravel_index(o, shape='a'),
          lambda: mx.nd.choose_element_0index(o, mx.nd.ones((2,)), axis='a'), lambda: mx.nd.histogram(o, bin_cnt='a'),
          lambda: mx.sym.reshape(mx.sym.var('a'), shape=(4,), reverse='r')]:
    try: r = f(); print('ok', r)
    except Exception as e: print(type(e).__name__, str(e).split('\n')[0].replace('MXNetError: ', ''))
