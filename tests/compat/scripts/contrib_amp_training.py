"""mx.contrib.amp on the CPU: the operator lists, init (wrapped operators), dynamic loss scaling with a
Gluon Trainer (scale_loss, unscale, a step skipped on overflow and the scale halved)."""
import logging

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.contrib import amp
from mxnet.contrib.amp.amp import bfloat16

logging.disable(logging.CRITICAL)
for dtype in ('float16', bfloat16):
    print(dtype, len(amp.list_lp16_ops(dtype)), len(amp.list_fp32_ops(dtype)), len(amp.list_lp16_fp32_ops(dtype)),
          len(amp.list_widest_type_cast(dtype)), amp.list_conditional_fp32_ops(dtype),
          amp.list_loss_output_functions(dtype), amp.list_lp16_use_fp32_params(dtype))
print(amp.list_lp16_ops('float16'), sorted(amp.list_fp32_ops('float16'))[:12])
try:
    amp.init_trainer(None)
except AssertionError as e:
    print('AssertionError', e)
amp.init()
amp.init()          # a second call changes nothing
x = nd.array([[1., 2.], [3., 4.]])
print(nd.elemwise_add(x, x.astype('float16')).dtype, nd.exp(x.astype('float16')).dtype, nd.softmax(x).dtype)


class Scale(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.w = self.params.get('w', shape=(2,), init=mx.init.Constant(0.5))

    def hybrid_forward(self, F, x, w):
        return F.broadcast_mul(x, w).sum()


net = Scale()
net.initialize()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
try:
    with amp.scale_loss(nd.ones(1), trainer) as l:
        pass
except (AssertionError, AttributeError) as e:
    print(type(e).__name__)
amp.init_trainer(trainer)
scaler = trainer._amp_loss_scaler
print(type(scaler).__name__, scaler.loss_scale, trainer._scale, trainer._amp_original_scale)
for step in range(3):
    with autograd.record():
        loss = net(x)
        with amp.scale_loss(loss, trainer) as scaled:
            autograd.backward(scaled)
    print(step, 'scaled', scaled.asnumpy(), 'grad', net.w.grad().asnumpy(), 'scale', trainer._scale)
    if step == 1:
        amp.unscale(trainer)
        print('unscaled', net.w.grad().asnumpy(), trainer._scale)
    trainer.step(1)
    print('   w', net.w.data().asnumpy(), 'loss scale', scaler.loss_scale, scaler._next_loss_scale)
with autograd.record():
    loss = net(x) * float('inf')
    with amp.scale_loss([loss], trainer) as scaled:
        autograd.backward(scaled)
before = net.w.data().asnumpy().copy()
trainer.step(1)
print('overflow: w kept', np.array_equal(before, net.w.data().asnumpy()), scaler.loss_scale, scaler._next_loss_scale)
try:
    amp.unscale(mx.optimizer.SGD())
except TypeError as e:
    print('TypeError', e)
