# linalg.sumlogdiag in float64 takes the C library's log of each diagonal entry
import mxnet as mx
import numpy as np

rs = np.random.RandomState(1)
v = np.abs(rs.standard_normal(400)) * np.array([10.0 ** float(e) for e in rs.uniform(-3, 3, 400)])
print(mx.nd.linalg.sumlogdiag(mx.nd.array(v.reshape(400, 1, 1), dtype='float64')).asnumpy().tobytes().hex())
print(mx.nd.linalg.sumlogdiag(mx.nd.array(v.reshape(400, 1, 1), dtype='float32')).asnumpy().tobytes().hex())
