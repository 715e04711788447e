# MultiBoxTarget's padding-row check and a sampler's empty parameters: MXNet's source lines
# recorded on AVX2
import mxnet as mx
from mxnet import nd
anc = nd.array([[[0.1, 0.1, 0.4, 0.4], [0.5, 0.5, 0.9, 0.9]]])
cls = nd.zeros((1, 2, 2))
for k in range(1, 5):
    lab = nd.array([[[0, 0.1, 0.1, 0.3, 0.3], [-1, -1, -1, -1, -1]]])
    lab[0, 1, k] = 0.5
    try:
        r = nd.contrib.MultiBoxTarget(anc, lab, cls)
        [x.asnumpy() for x in r]; print(k, 'ok')
    except mx.base.MXNetError as e:
        print(k, str(e).split('\n')[1].strip(), str(e).split('\n')[-1][:90])
try:
    nd.sample_uniform(nd.array([]), nd.array([])).asnumpy()
except mx.base.MXNetError as e:
    print(str(e).split('\n')[1].strip(), str(e).split('\n')[-1][:90])
