"""d2l-en word similarity and analogy: a token embedding read from a text file the script writes, vectors
gathered with np indexing, k-nearest neighbours by cosine with npx.topk; and mx.contrib.text's
CustomEmbedding / Vocabulary over the same file."""
import collections, os, tempfile
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from mxnet.contrib import text
npx.set_np()
onp.random.seed(0)

tokens = ['chip', 'chips', 'intel', 'baby', 'babies', 'boy', 'girl', 'man', 'woman', 'son', 'daughter',
          'beijing', 'china', 'tokyo', 'japan', 'bad', 'worst', 'good', 'best', 'do', 'did', 'go', 'went']
data_dir = tempfile.mkdtemp()
path = os.path.join(data_dir, 'vec.txt')
vecs = onp.random.randn(len(tokens), 5).round(4)
with open(path, 'w') as f:
    for t, v in zip(tokens, vecs):
        f.write(t + ' ' + ' '.join('%g' % x for x in v) + '\n')


class TokenEmbedding:
    def __init__(self, path):
        self.idx_to_token, self.idx_to_vec = self._load_embedding(path)
        self.unknown_idx = 0
        self.token_to_idx = {token: idx for idx, token in enumerate(self.idx_to_token)}

    def _load_embedding(self, path):
        idx_to_token, idx_to_vec = ['<unk>'], []
        with open(path, 'r') as f:
            for line in f:
                elems = line.rstrip().split(' ')
                token, elems = elems[0], [float(elem) for elem in elems[1:]]
                if len(elems) > 1:
                    idx_to_token.append(token)
                    idx_to_vec.append(elems)
        idx_to_vec = [[0] * len(idx_to_vec[0])] + idx_to_vec
        return idx_to_token, np.array(idx_to_vec)

    def __getitem__(self, tokens):
        indices = [self.token_to_idx.get(token, self.unknown_idx) for token in tokens]
        vecs = self.idx_to_vec[np.array(indices)]
        return vecs

    def __len__(self):
        return len(self.idx_to_token)


glove = TokenEmbedding(path)
print(len(glove), glove.token_to_idx['beijing'], glove.idx_to_token[3], glove.idx_to_vec.dtype, glove.idx_to_vec.shape)
print(glove[['beijing', 'nothere']])


def knn(W, x, k):
    cos = np.dot(W, x.reshape(-1,)) / (np.sqrt(np.sum(W * W, axis=1) + 1e-9) * np.sqrt((x * x).sum()))
    topk = npx.topk(cos, k=k, ret_typ='indices')
    return topk, [cos[int(i)] for i in topk]


def get_similar_tokens(query_token, k, embed):
    topk, cos = knn(embed.idx_to_vec, embed[[query_token]], k + 1)
    for i, c in zip(topk[1:], cos[1:]):
        print(f'cosine sim={float(c):.3f}: {embed.idx_to_token[int(i)]}')


get_similar_tokens('chip', 3, glove)
get_similar_tokens('baby', 3, glove)
topk, cos = knn(glove.idx_to_vec, glove[['good']], 2)
print(topk, topk.dtype, type(cos[0]).__name__, cos[0].shape, cos[0])


def get_analogy(token_a, token_b, token_c, embed):
    vecs = embed[[token_a, token_b, token_c]]
    x = vecs[1] - vecs[0] + vecs[2]
    topk, cos = knn(embed.idx_to_vec, x, 1)
    return embed.idx_to_token[int(topk[0])]


print(get_analogy('man', 'woman', 'son', glove), get_analogy('beijing', 'china', 'tokyo', glove),
      get_analogy('bad', 'worst', 'big', glove), get_analogy('do', 'did', 'go', glove))

npx.reset_np()
emb = text.embedding.CustomEmbedding(path, elem_delim=' ')
print(len(emb), emb.vec_len, emb.idx_to_token[:4], emb.unknown_token)
print(emb.get_vecs_by_tokens(['chip', 'unknownword']))
print(emb.idx_to_vec.shape, emb.token_to_idx['intel'])
counter = text.utils.count_tokens_from_str('the chip the boy\nthe girl boy')
print(sorted(counter.items()))
vocab = text.vocab.Vocabulary(counter, most_freq_count=None, min_freq=1)
print(len(vocab), vocab.idx_to_token, vocab.to_indices(['boy', 'zzz']), vocab.to_tokens([1, 2]))
emb2 = text.embedding.CustomEmbedding(path, elem_delim=' ', vocabulary=vocab)
print(len(emb2), emb2.idx_to_vec)
emb2.update_token_vectors(['boy'], mx.nd.ones((1, 5)))
print(emb2.get_vecs_by_tokens('boy'))
print(text.embedding.get_pretrained_file_names('glove')[:3])
