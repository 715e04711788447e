"""d2l-en BERT: token/segment embeddings plus a learned position parameter, transformer encoder blocks with
multi-head attention (npx.batch_dot, npx.sequence_mask, npx.softmax), LayerNorm, Dropout, the masked-LM
head gathering positions with advanced indexing, the next-sentence head, and pretraining steps with Adam."""
import random
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn
from _d2l_np3_attention import EncoderBlock, masked_softmax, MultiHeadAttention
npx.set_np()
mx.random.seed(0); onp.random.seed(0); random.seed(0)

print(masked_softmax(np.random.uniform(size=(2, 2, 4)), np.array([2, 3])))
print(masked_softmax(np.random.uniform(size=(2, 2, 4)), np.array([[1, 3], [2, 4]])))
attention = MultiHeadAttention(8, 2, 0.5)
attention.initialize()
X = np.ones((2, 4, 8))
print(attention(X, X, X, np.array([3, 2])).shape)
# values out of Dense layers print rounded: float32 dot results differ in the last bit between CPU instruction sets


def get_tokens_and_segments(tokens_a, tokens_b=None):
    tokens = ['<cls>'] + tokens_a + ['<sep>']
    segments = [0] * (len(tokens_a) + 2)
    if tokens_b is not None:
        tokens += tokens_b + ['<sep>']
        segments += [1] * (len(tokens_b) + 1)
    return tokens, segments


class BERTEncoder(nn.Block):
    def __init__(self, vocab_size, num_hiddens, ffn_num_hiddens, num_heads, num_layers, dropout, max_len=1000, **kwargs):
        super(BERTEncoder, self).__init__(**kwargs)
        self.token_embedding = nn.Embedding(vocab_size, num_hiddens)
        self.segment_embedding = nn.Embedding(2, num_hiddens)
        self.blks = nn.Sequential()
        for _ in range(num_layers):
            self.blks.add(EncoderBlock(num_hiddens, ffn_num_hiddens, num_heads, dropout, True))
        self.pos_embedding = self.params.get('pos_embedding', shape=(1, max_len, num_hiddens))

    def forward(self, tokens, segments, valid_lens):
        X = self.token_embedding(tokens) + self.segment_embedding(segments)
        X = X + self.pos_embedding.data(ctx=X.ctx)[:, :X.shape[1], :]
        for blk in self.blks:
            X = blk(X, valid_lens)
        return X


vocab_size, num_hiddens, ffn_num_hiddens, num_heads = 50, 16, 32, 4
num_layers, dropout = 2, 0.2
encoder = BERTEncoder(vocab_size, num_hiddens, ffn_num_hiddens, num_heads, num_layers, dropout, max_len=20)
encoder.initialize()
tokens = np.random.randint(0, vocab_size, (2, 8))
segments = np.array([[0, 0, 0, 0, 1, 1, 1, 1], [0, 0, 0, 1, 1, 1, 1, 1]])
print(tokens, tokens.dtype)
encoded_X = encoder(tokens, segments, None)
print(encoded_X.shape, encoded_X[0, 0, :4].round(4))
print(encoder.pos_embedding, encoder.pos_embedding.data()[0, :2, :3])


class MaskLM(nn.Block):
    def __init__(self, vocab_size, num_hiddens, **kwargs):
        super(MaskLM, self).__init__(**kwargs)
        self.mlp = nn.Sequential()
        self.mlp.add(nn.Dense(num_hiddens, flatten=False, activation='relu'))
        self.mlp.add(nn.LayerNorm())
        self.mlp.add(nn.Dense(vocab_size, flatten=False))

    def forward(self, X, pred_positions):
        num_pred_positions = pred_positions.shape[1]
        pred_positions = pred_positions.reshape(-1)
        batch_size = X.shape[0]
        batch_idx = np.arange(0, batch_size)
        batch_idx = np.repeat(batch_idx, num_pred_positions)
        masked_X = X[batch_idx, pred_positions]
        masked_X = masked_X.reshape((batch_size, num_pred_positions, -1))
        return self.mlp(masked_X)


mlm = MaskLM(vocab_size, num_hiddens)
mlm.initialize()
mlm_positions = np.array([[1, 5, 2], [6, 1, 5]])
mlm_Y_hat = mlm(encoded_X, mlm_positions)
print(mlm_Y_hat.shape, mlm_Y_hat[1, 2, :4].round(4))
mlm_Y = np.array([[7, 8, 9], [10, 20, 30]])
loss = gluon.loss.SoftmaxCrossEntropyLoss()
mlm_l = loss(mlm_Y_hat.reshape((-1, vocab_size)), mlm_Y.reshape(-1))
print(mlm_l.shape, mlm_l.round(4))


class NextSentencePred(nn.Block):
    def __init__(self, **kwargs):
        super(NextSentencePred, self).__init__(**kwargs)
        self.output = nn.Dense(2)

    def forward(self, X):
        return self.output(X)


nsp = NextSentencePred()
nsp.initialize()
nsp_Y_hat = nsp(encoded_X)
print(nsp_Y_hat.shape, nsp.output)
nsp_y = np.array([0, 1])
print(loss(nsp_Y_hat, nsp_y).round(4))


class BERTModel(nn.Block):
    def __init__(self, vocab_size, num_hiddens, ffn_num_hiddens, num_heads, num_layers, dropout, max_len=1000):
        super(BERTModel, self).__init__()
        self.encoder = BERTEncoder(vocab_size, num_hiddens, ffn_num_hiddens, num_heads, num_layers, dropout, max_len=max_len)
        self.hidden = nn.Dense(num_hiddens, activation='tanh')
        self.mlm = MaskLM(vocab_size, num_hiddens)
        self.nsp = NextSentencePred()

    def forward(self, tokens, segments, valid_lens=None, pred_positions=None):
        encoded_X = self.encoder(tokens, segments, valid_lens)
        if pred_positions is not None:
            mlm_Y_hat = self.mlm(encoded_X, pred_positions)
        else:
            mlm_Y_hat = None
        nsp_Y_hat = self.nsp(self.hidden(encoded_X[:, 0, :]))
        return encoded_X, mlm_Y_hat, nsp_Y_hat


# padded pretraining examples as _pad_bert_inputs builds them
max_len, max_num_mlm_preds = 10, 2
examples = []
for i in range(6):
    n = random.randint(5, max_len)
    token_ids = [random.randint(5, vocab_size - 1) for _ in range(n)]
    seg = [0] * (n // 2) + [1] * (n - n // 2)
    pos = sorted(random.sample(range(1, n), 2))
    examples.append((token_ids, pos, [random.randint(5, vocab_size - 1) for _ in pos], seg, random.random() < 0.5))
all_token_ids, all_segments, valid_lens, all_pred_positions, all_mlm_weights, all_mlm_labels, nsp_labels = [], [], [], [], [], [], []
for (token_ids, pred_positions, mlm_pred_label_ids, segments, is_next) in examples:
    all_token_ids.append(np.array(token_ids + [0] * (max_len - len(token_ids)), dtype='int32'))
    all_segments.append(np.array(segments + [0] * (max_len - len(segments)), dtype='int32'))
    valid_lens.append(np.array(len(token_ids), dtype='float32'))
    all_pred_positions.append(np.array(pred_positions + [0] * (max_num_mlm_preds - len(pred_positions)), dtype='int32'))
    all_mlm_weights.append(np.array([1.0] * len(mlm_pred_label_ids) + [0.0] * (max_num_mlm_preds - len(pred_positions)), dtype='float32'))
    all_mlm_labels.append(np.array(mlm_pred_label_ids + [0] * (max_num_mlm_preds - len(mlm_pred_label_ids)), dtype='int32'))
    nsp_labels.append(np.array(is_next))
print(all_token_ids[0], valid_lens[0], nsp_labels[0], nsp_labels[0].dtype, all_mlm_weights[0])


class PretrainDataset(gluon.data.Dataset):
    def __getitem__(self, idx):
        return (all_token_ids[idx], all_segments[idx], valid_lens[idx], all_pred_positions[idx],
                all_mlm_weights[idx], all_mlm_labels[idx], nsp_labels[idx])

    def __len__(self):
        return len(all_token_ids)


train_iter = gluon.data.DataLoader(PretrainDataset(), 3, shuffle=True)
for batch in train_iter:
    print([(b.shape, b.dtype) for b in batch])
    break

net = BERTModel(vocab_size, num_hiddens, ffn_num_hiddens=32, num_heads=2, num_layers=2, dropout=0.2, max_len=max_len)
devices = [mx.cpu()]
net.initialize(init.Xavier(), ctx=devices)
print(net.hidden, net.encoder.blks[0].attention.W_q, net.encoder.blks[0].addnorm1.ln)
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.01})


def _get_batch_loss_bert(net, loss, vocab_size, tokens_X_shards, segments_X_shards, valid_lens_x_shards,
                         pred_positions_X_shards, mlm_weights_X_shards, mlm_Y_shards, nsp_y_shards):
    mlm_ls, nsp_ls, ls = [], [], []
    for (tokens_X_shard, segments_X_shard, valid_lens_x_shard, pred_positions_X_shard, mlm_weights_X_shard,
         mlm_Y_shard, nsp_y_shard) in zip(tokens_X_shards, segments_X_shards, valid_lens_x_shards,
                                          pred_positions_X_shards, mlm_weights_X_shards, mlm_Y_shards, nsp_y_shards):
        _, mlm_Y_hat, nsp_Y_hat = net(tokens_X_shard, segments_X_shard, valid_lens_x_shard.reshape(-1), pred_positions_X_shard)
        mlm_l = loss(mlm_Y_hat.reshape((-1, vocab_size)), mlm_Y_shard.reshape(-1), mlm_weights_X_shard.reshape((-1, 1)))
        mlm_l = mlm_l.sum() / (mlm_weights_X_shard.sum() + 1e-8)
        nsp_l = loss(nsp_Y_hat, nsp_y_shard)
        nsp_l = nsp_l.mean()
        mlm_ls.append(mlm_l)
        nsp_ls.append(nsp_l)
        ls.append(mlm_l + nsp_l)
        npx.waitall()
    return mlm_ls, nsp_ls, ls


step = 0
for batch in train_iter:
    shards = [gluon.utils.split_and_load(elem, devices, even_split=False) for elem in batch]
    with autograd.record():
        mlm_ls, nsp_ls, ls = _get_batch_loss_bert(net, loss, vocab_size, *shards)
    for l in ls:
        l.backward()
    trainer.step(1)
    step += 1
    print(step, '%.4f %.4f' % (float(sum(mlm_ls)), float(sum(nsp_ls))), ls[0].shape)


def get_bert_encoding(net, tokens_a, tokens_b=None):
    tokens, segments = get_tokens_and_segments(tokens_a, tokens_b)
    token_ids = np.expand_dims(np.array([sum(map(ord, t)) % vocab_size for t in tokens], ctx=devices[0]), axis=0)
    segments = np.expand_dims(np.array(segments, ctx=devices[0]), axis=0)
    valid_len = np.expand_dims(np.array(len(tokens), ctx=devices[0]), axis=0)
    encoded_X, _, _ = net(token_ids, segments, valid_len)
    return encoded_X


enc = get_bert_encoding(net, ['a', 'crane', 'is', 'flying'])
print(enc.shape, enc[:, 0, :].shape, enc[0, 0, :3].round(3))
print(len(list(net.collect_params().keys())), sum(p.data().size for p in net.collect_params().values()))
