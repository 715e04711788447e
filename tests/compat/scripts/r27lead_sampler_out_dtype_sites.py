# samplers given an out= array of a dtype they cannot write: MXNet's checks and their source lines
# recorded on AVX2
import mxnet as mx
from mxnet import nd
for f in [lambda: nd.random.uniform(0, 1, out=nd.zeros((2,), dtype='int32')), lambda: nd.random.normal(0, 1, out=nd.zeros((2,), dtype='int64')),
          lambda: nd.random.randint(0, 5, out=nd.zeros((2,), dtype='float64')), lambda: nd.random.poisson(1, out=nd.zeros((2,), dtype='int32'))]:
    try:
        f().asnumpy(); print('ok')
    except Exception as e:
        print(type(e).__name__, '|'.join(str(e).split('\n')[:3])[:300])
from mxnet import np, npx
npx.set_np()
for f in [lambda: np.random.uniform(0, 1, size=(2,), out=np.zeros((2,), dtype='int32')), lambda: np.random.normal(0, 1, size=(2,), out=np.zeros((2,), dtype='int64')),
          lambda: np.random.randint(0, 5, size=(2,), out=np.zeros((2,), dtype='float64')), lambda: np.random.gamma(1, 1, size=(2,), out=np.zeros((2,), dtype='int32'))]:
    try:
        f().asnumpy(); print('ok')
    except Exception as e:
        print(type(e).__name__, '|'.join(str(e).split('\n')[:3])[:300])
