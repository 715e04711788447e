# An operator given sparse inputs it has no sparse kernel for runs MXNet's own CPU kernel on a dense copy
# (the storage fallback), not the oneDNN kernel the same dense float32 input takes: the bits differ
import mxnet as mx
import numpy as np

nd = mx.nd
dense = nd.array([[0, 1.5, 0], [2, 0, -3], [0, 0, 0], [0, -0.5, 4]])
for stype in ('default', 'csr', 'row_sparse'):
    x = dense.tostype(stype)
    for label, f in (('softmax', lambda a: nd.softmax(a)), ('log_softmax', lambda a: nd.log_softmax(a)),
                     ('sigmoid', lambda a: nd.Activation(a, act_type='sigmoid')),
                     ('tanh', lambda a: nd.Activation(a, act_type='tanh')),
                     ('softrelu', lambda a: nd.Activation(a, act_type='softrelu')),
                     ('elu', lambda a: nd.LeakyReLU(a, act_type='elu', slope=0.3)),
                     ('gelu', lambda a: nd.LeakyReLU(a, act_type='gelu'))):
        y = f(x)
        print(stype, label, y.stype, y.asnumpy().tobytes().hex())
