"""mx.nd.BatchNorm_v1 and mx.nd.IdentityAttachKLSparseReg take no auxiliary-state inputs: arguments after the listed
inputs are attributes (eps, momentum, ...; then out, name), a moving statistic given by keyword is an attribute the
parser does not know, and with the states missing every call is refused by its input count."""
import mxnet as mx
from mxnet import nd

x = nd.array([[0.2, 0.4], [0.6, 0.1]])
g, b, mm, mv = nd.ones(2), nd.zeros(2), nd.array([0.1, 0.2]), nd.array([1.0, 2.0])


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, str(e).split('Stack trace')[0].strip()[-900:])


show('bn 3 inputs', lambda: nd.BatchNorm_v1(x, g, b))
show('bn states by position', lambda: nd.BatchNorm_v1(x, g, b, mm, mv))
show('bn one state by position', lambda: nd.BatchNorm_v1(x, g, b, mm))
show('bn states by keyword', lambda: nd.BatchNorm_v1(x, g, b, moving_mean=mm, moving_var=mv))
show('bn mean by keyword', lambda: nd.BatchNorm_v1(x, g, b, moving_mean=mm))
show('bn eps, momentum by position', lambda: nd.BatchNorm_v1(x, g, b, 0.01, 0.8))
show('bn eps by position, var by keyword', lambda: nd.BatchNorm_v1(x, g, b, 0.01, moving_var=mv, momentum=0.3))
show('bn every attribute by position', lambda: nd.BatchNorm_v1(x, g, b, 1e-3, 0.9, True, False, True))
show('bn out by position', lambda: nd.BatchNorm_v1(x, g, b, 1e-3, 0.9, True, False, True, nd.zeros((2, 2))))
show('bn too many', lambda: nd.BatchNorm_v1(x, g, b, 1e-3, 0.9, True, False, True, None, 'nm', 3))
show('bn eps twice', lambda: nd.BatchNorm_v1(x, g, b, 1e-3, eps=0.1))
show('bn fix_gamma text', lambda: nd.BatchNorm_v1(x, g, b, 1e-3, 0.9, 'maybe'))
show('kl 1 input', lambda: nd.IdentityAttachKLSparseReg(x))
show('kl state by position', lambda: nd.IdentityAttachKLSparseReg(x, nd.ones(2)))
show('kl state by keyword', lambda: nd.IdentityAttachKLSparseReg(x, moving_avg=nd.ones(2)))
show('kl target by position', lambda: nd.IdentityAttachKLSparseReg(x, 0.2))
show('kl target, state by keyword', lambda: nd.IdentityAttachKLSparseReg(x, 0.3, moving_avg=nd.ones(2)))
show('kl name by position', lambda: nd.IdentityAttachKLSparseReg(x, 0.1, 0.01, 0.9, None, 'kk'))
with mx.autograd.record():
    show('bn recorded', lambda: nd.BatchNorm_v1(x, g, b, mm, mv))
s = mx.sym.BatchNorm_v1(mx.sym.var('d'), name='bn')
ex = s.simple_bind(mx.cpu(), d=(2, 2))
ex.arg_dict['d'][:] = x
ex.arg_dict['bn_gamma'][:] = 1
ex.aux_dict['bn_moving_var'][:] = 1
print('bound graph', ex.forward(is_train=False)[0])
