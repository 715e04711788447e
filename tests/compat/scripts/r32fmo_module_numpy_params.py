"""Parameters given as mx.np arrays (Module init_params/set_params/fit, Executor.copy_params_from, FeedForward) are refused by copyto as MXNet refuses them; legacy arrays still load, in and out of NumPy semantics."""
# recorded on AVX2
import numpy as np

import mxnet as mx


def mlp():
    return mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=3, name='fc'), name='softmax')


def ready(ndev=1):
    m = mx.mod.Module(mlp(), context=[mx.cpu(i) for i in range(ndev)])
    m.bind([('data', (4, 4))], [('softmax_label', (4,))])
    m.init_params(mx.init.One())
    return m


def weight(m):
    return m.get_params()[0]['fc_weight'].asnumpy().tolist()


def set_all(kind):
    m = ready()
    m.set_params({'fc_weight': kind.ones((3, 4)) * 2, 'fc_bias': kind.zeros(3)}, {})
    print(weight(m))


def set_some(kind, ndev):
    m = ready(ndev)
    m.set_params({'fc_weight': kind.ones((3, 4)) * 3}, {}, allow_missing=True)
    print(weight(m))


def init_some(kind):
    m = ready()
    m.init_params(arg_params={'fc_weight': kind.ones((3, 4)) * 2}, allow_missing=True, force_init=True)
    print(weight(m))


def fit_from(kind):
    m = mx.mod.Module(mlp())
    m.fit(mx.io.NDArrayIter(np.ones((4, 4)), np.zeros(4), batch_size=2), num_epoch=1,
          arg_params={'fc_weight': kind.ones((3, 4)), 'fc_bias': kind.zeros(3)})
    print(m.get_params()[0]['fc_bias'].asnumpy().tolist())


def executor_copy(kind, extra):
    ex = mlp().simple_bind(mx.cpu(), data=(4, 4))
    ex.copy_params_from({'fc_weight': kind.ones((3, 4))}, {'x': kind.ones(1)} if extra else None, allow_extra_params=extra)
    print(ex.arg_dict['fc_weight'].asnumpy().tolist())


def bucketing_set(kind):
    m = mx.mod.BucketingModule(lambda k: (mlp(), ('data',), ('softmax_label',)), default_bucket_key=4)
    m.bind([('data', (4, 4))], [('softmax_label', (4,))])
    m.init_params(mx.init.One())
    m.set_params({'fc_weight': kind.ones((3, 4)), 'fc_bias': kind.zeros(3)}, {})
    print(m.get_params()[0]['fc_bias'].asnumpy().tolist())


def feedforward_from(kind):
    np.random.seed(0)
    ff = mx.model.FeedForward(mlp(), num_epoch=1, numpy_batch_size=2, initializer=mx.init.One(),
                              arg_params={'fc_weight': kind.ones((3, 4))})
    ff.fit(np.ones((4, 4), 'float32'), np.array([0, 1, 2, 1], 'float32'))
    print(ff.arg_params['fc_bias'].asnumpy().tolist())


cases = [('set_params all', set_all), ('set_params allow_missing 1 device', lambda k: set_some(k, 1)),
         ('set_params allow_missing 2 devices', lambda k: set_some(k, 2)), ('init_params allow_missing', init_some),
         ('fit arg_params', fit_from), ('Executor.copy_params_from', lambda k: executor_copy(k, False)),
         ('Executor.copy_params_from extra', lambda k: executor_copy(k, True)), ('BucketingModule.set_params', bucketing_set),
         ('FeedForward arg_params', feedforward_from)]
for np_mode in [False, True]:
    for kind_name, kind in [('nd', mx.nd), ('np', mx.np)]:
        for name, case in cases:
            print('np_mode=%s %s arrays: %s' % (np_mode, kind_name, name))
            if np_mode:
                mx.npx.set_np()
            try:
                case(kind)
            except Exception as e:
                print('ERR', type(e).__name__, str(e).splitlines()[0])
            finally:
                if np_mode:
                    mx.npx.reset_np()
