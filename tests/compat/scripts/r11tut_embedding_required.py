"""nd and sym Embedding without input_dim or output_dim fail in MXNet's required-parameter words."""
import mxnet as mx
o = mx.nd.ones((2, 2))
for f in [lambda: mx.nd.Embedding(o, o, output_dim=2), lambda: mx.nd.Embedding(o, o), lambda: mx.nd.Embedding(data=o, weight=o, input_dim=2, dtype='float16'),
          lambda: mx.nd.Embedding(o, o, input_dim=2, output_dim=2, foo=1), lambda: mx.nd.Embedding(o, o, input_dim=2, output_dim=2),
          lambda: mx.sym.Embedding(mx.sym.var('a'), output_dim=2), lambda: mx.gluon.nn.Embedding(2, 2)]:
    try: r = f(); print('ok', r)
    except Exception as e: print(type(e).__name__, str(e).split('\n')[0].replace('MXNetError: ', ''))
