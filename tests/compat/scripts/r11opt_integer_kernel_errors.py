"""Update ops given integer arrays fail in their kernels: the call returns, the first read of an array they wrote raises, once; multi-weight ops take 0-d weights in np shape semantics."""
import mxnet as mx
from mxnet import nd


def ints(values=(1, 2, 3)):
    return nd.array(values, dtype='int32')


def read(label, array):
    try:
        print(label, array.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(label, 'MXNetError:', 'only support float' in str(e))


weight, grad, mom = ints(), ints(), ints()
out = nd.sgd_mom_update(weight, grad, mom, lr=0.1)
print('called', out.shape, out.dtype)
read('mom', mom)
read('mom again', mom)
read('weight', weight)

weight = ints()
out = nd.nag_mom_update(weight, ints(), ints(), lr=0.1, momentum=0.9, out=weight)
read('out=weight', out)

for name, call in [('sgd_update', lambda o: nd.sgd_update(ints(), ints(), lr=0.1, out=o)),
                   ('multi_sum_sq', lambda o: nd.multi_sum_sq(ints(), num_arrays=1, out=o)),
                   ('all_finite', lambda o: nd.all_finite(ints(), out=o)),
                   ('all_finite init_output=False', lambda o: nd.all_finite(ints(), init_output=False, out=o))]:
    target = nd.array([5, 6, 7][:1 if 'sum' in name or 'finite' in name else 3], dtype='int32' if 'sgd' in name
                      else 'float32')
    call(target)
    read(name + ' out', target)
    read(name + ' out again', target)

a, b = ints(), ints((4, 5))
print('reset_arrays', nd.reset_arrays(a, b, num_arrays=2))
read('b', b)
read('a', a)

for name, call in [
        ('sgd_update', lambda: nd.sgd_update(ints(), ints(), lr=0.1)),
        ('adam_update', lambda: nd.adam_update(ints(), ints(), ints(), ints(), lr=0.1)),
        ('rmspropalex_update', lambda: nd.rmspropalex_update(ints(), ints(), ints(), ints(), ints(), lr=0.1)),
        ('ftrl_update', lambda: nd.ftrl_update(ints(), ints(), ints(), ints(), lr=0.1)),
        ('ftml_update', lambda: nd.ftml_update(ints(), ints(), ints(), ints(), ints(), lr=0.1, t=1)),
        ('signum_update', lambda: nd.signum_update(ints(), ints(), ints(), lr=0.1)),
        ('lamb_update_phase1', lambda: nd.lamb_update_phase1(ints(), ints(), ints(), ints(), t=1, wd=0.)),
        ('multi_sgd_mom_update', lambda: nd.multi_sgd_mom_update(ints(), ints(), ints(), lrs=(0.1,), wds=(0.,),
                                                                 out=[ints()])),
        ('preloaded_multi_sgd_update', lambda: nd.preloaded_multi_sgd_update(
            ints(), ints(), nd.array([0.1]), nd.array([0.]), out=[ints()])),
        ('multi_sum_sq', lambda: nd.multi_sum_sq(ints(), ints(), num_arrays=2)),
        ('all_finite', lambda: nd.all_finite(ints())),
        ('multi_all_finite', lambda: nd.multi_all_finite(ints(), ints(), num_arrays=2)),
        ('multi_lars', lambda: nd.multi_lars(ints(), ints(), ints(), ints(), eta=1., eps=1.)),
        ('multi_lars float64', lambda: nd.multi_lars(*[nd.array([1.], dtype='float64')] * 4, eta=1., eps=1.))]:
    result = call()
    try:
        nd.waitall()
        print(name, 'no error')
    except mx.base.MXNetError as e:
        print(name, 'error at waitall:', 'only support float' in str(e))

mx.npx.set_np()
for op, per in (('multi_sgd_update', 2), ('multi_sgd_mom_update', 3), ('multi_mp_sgd_update', 3),
                ('multi_mp_sgd_mom_update', 4)):
    arrays = [nd.array(1.0), nd.array(-2.0)] + [nd.array(0.5)] * (per - 2)
    if 'mp' in op:
        arrays[:2] = [a.astype('float16') for a in arrays[:2]]
        arrays[-1] = nd.array(1.0)
    weights = [arrays[0], nd.array([1.0, 2.0], dtype=arrays[0].dtype)]
    second = [weights[1], nd.array([3.0, -1.0], dtype=arrays[0].dtype)] + [a.copy().reshape(1).broadcast_to((2,))
                                                                            for a in arrays[2:]]
    momentum = dict(momentum=0.9) if 'mom' in op else {}
    getattr(nd, op)(*arrays, *second, lrs=(0.1, 0.2), wds=(0.01, 0.0), num_weights=2, out=weights, **momentum)
    print(op, [(w.shape, w.asnumpy().tolist()) for w in weights], [a.asnumpy().tolist() for a in arrays[2:]])
try:
    nd.reset_arrays(nd.array(1.0), num_arrays=1)
except mx.base.MXNetError:
    print('reset_arrays of a 0-d array: MXNetError')
