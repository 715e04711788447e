"""SequentialModule refuses a parameter name two layers share, naming both layers' classes as MXNet's module classes."""
# recorded on AVX2
import mxnet as mx


def fc(name, n, data='data'):
    return mx.mod.Module(mx.sym.FullyConnected(mx.sym.Variable(data), num_hidden=n, name=name),
                         data_names=[data], label_names=None)


def bucketed(name):
    return mx.mod.BucketingModule(
        lambda key: (mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=3, name=name), ('data',), None),
        default_bucket_key=4)


for first, second in [(fc('a', 5), fc('a', 3)), (fc('a', 5), fc('b', 3)), (fc('a', 4), bucketed('a')),
                      (bucketed('b'), fc('b', 3))]:
    seq = mx.mod.SequentialModule()
    seq.add(first).add(second, auto_wiring=True)
    try:
        seq.bind([('data', (2, 4))], None)
        mx.random.seed(0)
        seq.init_params(mx.init.One())
        print(sorted(seq.get_params()[0]))
    except AssertionError as e:
        print('AssertionError', str(e))
