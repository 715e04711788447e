# moments' axes checks (sorted, no duplicates, below ndim); log_softmax and softmin refuse use_length (no length input);
# Embedding and contrib.SparseEmbedding check their dtype attribute's enum
import mxnet as mx
import numpy as np
x = mx.nd.array(np.arange(24.).reshape(2, 3, 4) / 7)
for axes in [(0,), (2,), (3,), (0, 2), (2, 0), (1, 3), (3, 1), (-1,), (0, -1), (0, 0), ()]:
    try: r = mx.nd.moments(x, axes=axes); print(axes, [a.shape for a in r],
                                                [a.asnumpy().tobytes().hex()[:32] for a in r])
    except mx.base.MXNetError as e: print(axes, 'MXNetError', 'Check failed' in str(e))
for f, kw in [('softmax', {}), ('log_softmax', {}), ('softmin', {}), ('softmax', dict(axis=0))]:
    try: print(f, kw, getattr(mx.nd, f)(x, use_length=True, **kw).shape)
    except mx.base.MXNetError as e: print(f, kw, 'MXNetError')
for kw in [{}, dict(shape=None), dict(shape=())]:
    try: print('ravel', kw, mx.nd.ravel_multi_index(mx.nd.array([[1, 0], [2, 1]]), **kw))
    except mx.base.MXNetError as e: print('ravel', kw, 'MXNetError')
    except Exception as e: print('ravel', kw, type(e).__name__)
for dt in ['int64', 'int8', 'float16', 'int32', 'uint8', 'bool']:
    for name, f in [('Embedding', mx.nd.Embedding), ('SparseEmbedding', mx.nd.contrib.SparseEmbedding)]:
        try: print(name, dt, f(mx.nd.array([0, 1]), mx.nd.ones((2, 3)), input_dim=2, output_dim=3, dtype=dt).dtype)
        except mx.base.MXNetError as e: print(name, dt, 'MXNetError')
