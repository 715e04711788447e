# Group, indexing, slicing, internals, children, list_* on multi-output symbols.
import mxnet as mx

data = mx.sym.var('data')
fc1 = mx.sym.FullyConnected(data, num_hidden=4, name='fc1')
act = mx.sym.Activation(fc1, act_type='relu', name='relu1')
fc2 = mx.sym.FullyConnected(act, num_hidden=2, name='fc2')
out = mx.sym.SoftmaxOutput(fc2, name='softmax')
print(out.list_arguments())
print(out.list_outputs(), out.list_inputs())
internals = out.get_internals()
print(internals)
print(internals.list_outputs())
print(internals['fc1_output'], internals['relu1_output'].list_arguments())
print(internals[1])
try:
    internals[-1]
except Exception as e:
    print(type(e).__name__)
g = mx.sym.Group([fc1, fc2, act])
print(g, g.list_outputs(), len(g), g.name)
print(g[1], g[0:2], g[0:2].list_outputs())
print([s.name for s in g])
split = mx.sym.SliceChannel(data, num_outputs=3, axis=1, name='sc')
print(split, len(split), split.list_outputs(), split[2], split[2].name)
print(split[1].list_outputs())
try:
    split[5]
except Exception as e:
    print(type(e).__name__)
try:
    internals['nope']
except Exception as e:
    print(type(e).__name__)
print(fc2.get_children(), fc2.get_children().list_outputs())
bn = mx.sym.BatchNorm(data, name='bn')
print(bn.list_arguments(), bn.list_auxiliary_states(), bn.list_outputs(), bn.list_inputs())
bn2 = mx.sym.BatchNorm(data, name='bn2', output_mean_var=True)
print(bn2.list_outputs(), len(bn2))
print(bn.get_internals().list_outputs())
do = mx.sym.Dropout(data, p=0.3, name='do')
print(do.list_outputs(), do.get_internals().list_outputs())
gg = mx.sym.Group([out, mx.sym.BlockGrad(fc1, name='bg')])
print(gg.list_outputs(), gg.list_arguments())
c = mx.sym.concat(fc1, fc2, dim=1, name='cat')
print(c.list_arguments(), c.list_attr())
c2 = mx.sym.Concat(fc1, fc2, act, name='cat2')
print(c2.list_attr(), c2.infer_shape(data=(2, 5))[1])
