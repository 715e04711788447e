"""Operators called with their arrays by keyword, as tutorials write them: a parameter error names attributes only."""
import mxnet as mx

o = mx.nd.ones((2, 2))
calls = [
    ('SoftmaxOutput', lambda: mx.nd.SoftmaxOutput(data=o, label=mx.nd.ones((2,)), grad_scale='a')),
    ('FullyConnected', lambda: mx.nd.FullyConnected(data=o, weight=o, bias=mx.nd.ones((2,)), num_hidden='x')),
    ('FullyConnected ok', lambda: mx.nd.FullyConnected(data=o, weight=o, bias=mx.nd.ones((2,)), num_hidden=2)),
    ('adam_update', lambda: mx.nd.adam_update(weight=o, grad=o, mean=o, var=o, lr=None)),
    ('sgd_mom_update', lambda: mx.nd.sgd_mom_update(weight=o, grad=o, mom=o, lr=0.1, momentum='m')),
    ('Embedding', lambda: mx.nd.Embedding(data=o, weight=o, input_dim=None, output_dim=2)),
    ('LeakyReLU', lambda: mx.nd.LeakyReLU(data=o, gamma=mx.nd.ones((1,)), act_type='prelu', slope='s')),
    ('BatchNorm', lambda: mx.nd.BatchNorm(data=o, gamma=mx.nd.ones((2,)), beta=mx.nd.ones((2,)), moving_mean=mx.nd.ones((2,)),
                                          moving_var=mx.nd.ones((2,)), eps=None)),
    ('linalg.gemm', lambda: mx.nd.linalg.gemm(A=o, B=o, C=o, alpha='a')),
]
for name, call in calls:
    try:
        r = call()
        print(name, r.shape, r.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(name, str(e).split('\n')[0].replace('MXNetError: ', ''))
