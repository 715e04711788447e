# Initializer error classes and corner cases: bad attrs, Load/Mixed arguments, LSTMBias sizes, create forms.
import mxnet as mx, numpy as np
def t(f):
    try:
        print(f())
    except Exception as e:
        print('ERR', type(e).__name__)
a = mx.nd.zeros((2, 2))
t(lambda: mx.init.One()(mx.init.InitDesc('w', attrs={'__init__': 'nosuch'}), a))
t(lambda: mx.init.Load([1, 2]))
t(lambda: mx.init.Load('nofile.params'))
t(lambda: mx.init.Mixed(['('], [mx.init.One()]))
t(lambda: mx.init.Constant())
t(lambda: mx.init.Uniform(scale='a')(mx.init.InitDesc('w_weight'), a))
t(lambda: mx.init.Xavier(magnitude='x'))
t(lambda: mx.init.One()(mx.init.InitDesc('upsampling_weight'), a))
t(lambda: mx.init.Bilinear()(mx.init.InitDesc('up_weight'), mx.nd.zeros((2, 2))))
t(lambda: mx.init.LSTMBias()(mx.init.InitDesc('l_bias'), mx.nd.zeros((6,))))
b = mx.nd.zeros((6,)); mx.init.LSTMBias()(mx.init.InitDesc('l_bias'), b); print(b.asnumpy().tolist())
b = mx.nd.zeros((7,)); mx.init.LSTMBias()(mx.init.InitDesc('l_weight'), b); print(b.asnumpy().tolist())
t(lambda: mx.init.Initializer()(mx.init.InitDesc('w_weight'), a))
t(lambda: mx.init.Initializer()(mx.init.InitDesc('w_bias'), a) or a.asnumpy().tolist())
t(lambda: mx.init.create('["uniform", {"scale": 0.1}]', scale=0.2))
t(lambda: mx.init.create(mx.init.One(), 3))
t(lambda: type(mx.init.create({'initializer': 'one'})).__name__)
t(lambda: mx.init.create())
