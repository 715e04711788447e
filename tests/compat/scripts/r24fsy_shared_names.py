"""Graphs whose nodes share a name: attr_dict merges their attributes into one entry (in graph order), and the
listings, inference and JSON still show every node."""
# recorded on AVX2
import mxnet as mx

S = mx.sym
x = S.Variable('data')


def graphs():
    a = S.sum(x, axis=0, name='n1')
    b = S.Activation(a, act_type='relu', name='n1')
    yield 'reduce_then_act', b
    yield 'then_fc', S.FullyConnected(b, num_hidden=2, name='n1')
    yield 'var_named_like_op', S.broadcast_add(b, S.Variable('n1', lr_mult=2, shape=(1,)), name='zz')
    c = S.Convolution(x, kernel=(1, 1), num_filter=2, name='c')
    yield 'conv_pool_same', S.Pooling(c, kernel=(2, 2), pool_type='max', name='c')
    d = S.BatchNorm(x, fix_gamma=False, name='bn')
    yield 'bn_twice', S.BatchNorm(d, eps=1e-3, momentum=0.8, name='bn')
    e = S.FullyConnected(x, num_hidden=3, name='fc', attr={'__tag__': 'first'})
    yield 'user_attrs', S.Activation(e, act_type='tanh', name='fc', attr={'__tag__': 'second'})
    yield 'group', S.Group([S.relu(x, name='r'), S.sigmoid(x, name='r'), S.clip(x, 0, 1, name='r')])


for label, y in graphs():
    print(label, 'attr_dict', list(y.attr_dict().items()))
    print(label, 'arguments', y.list_arguments(), 'aux', y.list_auxiliary_states())
    print(label, 'outputs', y.list_outputs(), 'internals', y.get_internals().list_outputs())
    print(label, 'list_attr', y.list_attr())
    print(label, 'infer_shape', y.infer_shape_partial(data=(2, 3, 4, 4)))
    back = S.load_json(y.tojson())
    print(label, 'json round trip', back.tojson() == y.tojson(), list(back.attr_dict().items()) ==
          list(y.attr_dict().items()))
