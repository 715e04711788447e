# True/False/None hyper-parameters: refused (MXNetError) where MXNet hands them to an update operator's float
# attribute, taken where only Python arithmetic reads them (True is 1), ignored where nothing reads them (RMSProp's
# gamma2 unless centered); Adam's bias corrections meet its betas first (TypeError, ZeroDivisionError).
import mxnet as mx
from mxnet import nd

CASES = [('adam', 'epsilon'), ('adam', 'beta1'), ('adam', 'beta2'), ('rmsprop', 'epsilon'), ('rmsprop', 'gamma2'),
         ('rmsprop', 'clip_weights'), ('adadelta', 'rho'), ('ftrl', 'lamda1'), ('ftrl', 'beta'), ('ftml', 'epsilon'),
         ('signum', 'wd_lh'), ('lamb', 'epsilon'), ('lamb', 'lower_bound'), ('lamb', 'upper_bound')]
for name, arg in CASES:
    for value in (True, False, None):
        try:
            updater = mx.optimizer.get_updater(mx.optimizer.create(name, **{arg: value}))
            weight = nd.array([[1.0, -2.0], [0.5, 3.0]])
            for g in ([[0.5, -1.0], [2.0, 0.0]], [[0.1, 0.2], [-3.0, 1.0]]):
                updater(0, nd.array(g), weight)
            print(name, arg, value, weight.asnumpy().tolist())
        except (mx.base.MXNetError, TypeError, ZeroDivisionError) as e:
            print(name, arg, value, type(e).__name__)
try:
    updater = mx.optimizer.get_updater(mx.optimizer.RMSProp(centered=True, gamma2=None))
    updater(0, nd.ones(2), nd.ones(2))
except mx.base.MXNetError as e:
    print('centered rmsprop gamma2 None', type(e).__name__)
