"""example/rnn/word_lm: FusedRNNCell LM with carried states (Module state_names/set_states), tied weights,
make_loss NLL, global-norm clipping of executor gradients, and the train loop's perplexity metric."""
import math
import numpy as np
import mxnet as mx

mx.random.seed(8); np.random.seed(8)
bptt, vocab, nhid, layers, batch = 3, 9, 4, 2, 2

def rnn(bptt, vocab_size, num_embed, nhid, num_layers, dropout, batch_size, tied):
    data = mx.sym.Variable('data')
    weight = mx.sym.var("encoder_weight", init=mx.init.Uniform(0.1))
    embed = mx.sym.Embedding(data=data, weight=weight, input_dim=vocab_size, output_dim=num_embed, name='embed')
    states, state_names = [], []
    outputs = mx.sym.Dropout(embed, p=dropout)
    for i in range(num_layers):
        prefix = 'lstm_l%d_' % i
        cell = mx.rnn.FusedRNNCell(num_hidden=nhid, prefix=prefix, get_next_state=True, forget_bias=0.0,
                                   dropout=dropout)
        state_shape = (1, batch_size, nhid)
        begin_cell_state_name = prefix + 'cell'
        begin_hidden_state_name = prefix + 'hidden'
        begin_cell_state = mx.sym.var(begin_cell_state_name, shape=state_shape)
        begin_hidden_state = mx.sym.var(begin_hidden_state_name, shape=state_shape)
        state_names += [begin_cell_state_name, begin_hidden_state_name]
        outputs, next_states = cell.unroll(bptt, inputs=outputs, begin_state=[begin_cell_state, begin_hidden_state],
                                           merge_outputs=True, layout='TNC')
        outputs = mx.sym.Dropout(outputs, p=dropout)
        states += next_states
    pred = mx.sym.Reshape(outputs, shape=(-1, nhid))
    if tied:
        pred = mx.sym.FullyConnected(data=pred, weight=weight, num_hidden=vocab_size, name='pred')
    else:
        pred = mx.sym.FullyConnected(data=pred, num_hidden=vocab_size, name='pred')
    pred = mx.sym.Reshape(pred, shape=(-1, vocab_size))
    return pred, [mx.sym.stop_gradient(s) for s in states], state_names

def softmax_ce_loss(pred):
    label = mx.sym.Variable('label')
    label = mx.sym.Reshape(label, shape=(-1,))
    logits = mx.sym.log_softmax(pred, axis=-1)
    loss = -mx.sym.pick(logits, label, axis=-1, keepdims=True)
    loss = mx.sym.mean(loss, axis=0, exclude=True)
    return mx.sym.make_loss(loss, name='nll')

pred, states, state_names = rnn(bptt, vocab, nhid, nhid, layers, 0.0, batch, True)
loss = softmax_ce_loss(pred)
net = mx.sym.Group(states + [loss])
print(state_names, net.list_outputs())
print([a for a in net.list_arguments() if 'weight' in a or 'param' in a])
print(net.infer_shape(data=(bptt, batch), label=(bptt, batch))[1])
module = mx.mod.Module(net, data_names=['data'], label_names=['label'], context=mx.cpu(), state_names=state_names)
module.bind(data_shapes=[('data', (bptt, batch))], label_shapes=[('label', (bptt, batch))])
module.init_params(initializer=mx.init.Xavier())
module.init_optimizer(optimizer='sgd', optimizer_params={'learning_rate': 1.0, 'wd': 0, 'rescale_grad': 1.0 / batch})
print(module._state_names, [p for p in module._param_names if 'lstm' in p])
corpus = np.random.randint(0, vocab, size=(bptt * 3 + 1, batch)).astype('float32')
next_states = 0.0
total_L, nbatch = 0.0, 0
for i in range(0, bptt * 3, bptt):
    data = mx.nd.array(corpus[i:i + bptt]); label = mx.nd.array(corpus[i + 1:i + 1 + bptt])
    batch_ = mx.io.DataBatch(data=[data], label=[label])
    if isinstance(next_states, (int, float)):
        module.set_states(value=next_states)
    else:
        module.set_states(states=next_states)
    module.forward(batch_, is_train=True)
    outputs = module.get_outputs(merge_multi_context=False)
    next_states = outputs[:-1]
    module.backward()
    grad_array = []
    for grad in module._exec_group.grad_arrays:
        grad_array += grad
    norm = mx.gluon.utils.clip_global_norm(grad_array, 0.2 * bptt * batch)
    module.update()
    L = module.get_outputs(merge_multi_context=False)[-1][0]
    total_L += mx.nd.sum(L).asscalar(); nbatch += 1
    print(i, L.shape, round(float(norm), 4), len(next_states), next_states[0][0].shape)
print('ppl %.3f' % math.exp(total_L / nbatch))
try:
    module.get_states(merge_multi_context=True)
except AssertionError as e:
    print('AssertionError', e)
st = module.get_states(merge_multi_context=False)
print(len(st), st[0][0].shape, np.round(st[1][0].asnumpy()[0, 0], 4))
# evaluation with carry_state and is_train=False
module.set_states(value=0.0)
module.forward(mx.io.DataBatch(data=[mx.nd.array(corpus[:bptt])], label=[mx.nd.array(corpus[1:bptt + 1])]),
               is_train=False)
print(np.round(module.get_outputs()[-1].asnumpy(), 4))
