"""contrib.SparseEmbedding requires input_dim and output_dim and has no sparse_grad, refused in MXNet's parser words."""
import mxnet as mx
o = mx.nd.ones((2, 2))
for f in [lambda: mx.nd.contrib.SparseEmbedding(o, o, dtype='float64'), lambda: mx.nd.contrib.SparseEmbedding(o, o, output_dim=2),
          lambda: mx.nd.contrib.SparseEmbedding(data=o, weight=o, input_dim=2, dtype='float16'),
          lambda: mx.nd.contrib.SparseEmbedding(o, o, input_dim=2, output_dim=2, sparse_grad=None),
          lambda: mx.nd.contrib.SparseEmbedding(o, o, input_dim=2, output_dim=2, deterministic=True),
          lambda: mx.sym.contrib.SparseEmbedding(mx.sym.var('a'), output_dim=2)]:
    try: r = f(); print('ok', r)
    except Exception as e: print(type(e).__name__, str(e).split('\n')[0].replace('MXNetError: ', ''))
