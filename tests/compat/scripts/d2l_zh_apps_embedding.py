"""d2l-zh pretrained embeddings, similarity/analogy, vocab + embedding for sentiment: mx.contrib.text on a local file."""
import collections
import os
import shutil
import tempfile

import numpy as np

import mxnet as mx
from mxnet import nd
from mxnet.contrib import text

mx.random.seed(29)
np.random.seed(29)

names = text.embedding.get_pretrained_file_names()
print(sorted(names.keys()))
print(text.embedding.get_pretrained_file_names('glove')[:6])
print(len(text.embedding.get_pretrained_file_names('fasttext')), text.embedding.get_pretrained_file_names('fasttext')[:3])
try:
    text.embedding.get_pretrained_file_names('word2vec')
except Exception as e:
    print(type(e).__name__)
try:
    text.embedding.create('glove', pretrained_file_name='glove.nonexistent.txt')
except Exception as e:
    print(type(e).__name__)

root = tempfile.mkdtemp()
rs = np.random.RandomState(3)
tokens = ['chip', 'chips', 'intel', 'baby', 'babies', 'boy', 'girl', 'man', 'woman', 'son', 'daughter', 'beijing',
          'china', 'tokyo', 'japan', 'bad', 'worse', 'worst', 'good', 'better', 'great', 'movie', 'the', 'a']
vecs = rs.randn(len(tokens), 6).round(4)
path = os.path.join(root, 'tiny.6d.txt')
with open(path, 'w') as f:
    for tk, v in zip(tokens, vecs):
        f.write(tk + ' ' + ' '.join('%g' % x for x in v) + '\n')

glove = text.embedding.CustomEmbedding(path, elem_delim=' ')
print(type(glove).__name__, len(glove), glove.vec_len, glove.unknown_token, glove.reserved_tokens)
print(glove.token_to_idx['beijing'], glove.idx_to_token[3], glove.idx_to_token[:4])
print(glove.idx_to_vec.shape, glove.idx_to_vec.dtype, glove.idx_to_vec[0], glove.idx_to_vec[1])
print(glove.get_vecs_by_tokens(['chip', 'unknownword', 'BOY']))
print(glove.get_vecs_by_tokens('Girl', lower_case_backup=True))
print(glove.to_indices(['man', 'zzz']), glove.to_tokens([1, 2]))


def knn(W, x, k):
    cos = nd.dot(W, x.reshape((-1,))) / ((nd.sum(W * W, axis=1) + 1e-9).sqrt() * nd.sum(x * x).sqrt())
    topk = nd.topk(cos, k=k, ret_typ='indices').asnumpy().astype('int32')
    return topk, [cos[i].asscalar() for i in topk]


def get_similar_tokens(query_token, k, embed):
    topk, cos = knn(embed.idx_to_vec, embed.get_vecs_by_tokens([query_token]), k + 1)
    for i, c in zip(topk[1:], cos[1:]):
        print('cosine sim=%.3f: %s' % (c, (embed.idx_to_token[i])))


get_similar_tokens('chip', 3, glove)
get_similar_tokens('baby', 3, glove)


def get_analogy(token_a, token_b, token_c, embed):
    vecs = embed.get_vecs_by_tokens([token_a, token_b, token_c])
    x = vecs[1] - vecs[0] + vecs[2]
    topk, cos = knn(embed.idx_to_vec, x, 1)
    return embed.idx_to_token[topk[0]]


print(get_analogy('man', 'woman', 'son', glove), get_analogy('beijing', 'china', 'tokyo', glove),
      get_analogy('bad', 'worst', 'big', glove))

# vocabulary + pretrained vectors for the sentiment models
corpus = 'the movie was good the movie was great a bad movie the worst movie good good chips'
counter = text.utils.count_tokens_from_str(corpus)
print(sorted(counter.items())[:5], type(counter).__name__)
counter2 = collections.Counter(corpus.split())
vocab = text.vocab.Vocabulary(counter2, min_freq=2)
print(len(vocab), vocab.idx_to_token, vocab.token_to_idx['movie'], vocab.to_indices(['movie', 'nope', 'good']))
vocab_r = text.vocab.Vocabulary(counter2, most_freq_count=3, min_freq=1, unknown_token='<unk>',
                                reserved_tokens=['<pad>', '<bos>'])
print(vocab_r.idx_to_token, vocab_r.reserved_tokens, vocab_r.to_tokens(2))
emb_v = text.embedding.CustomEmbedding(path, elem_delim=' ', vocabulary=vocab)
print(len(emb_v), emb_v.idx_to_token, emb_v.idx_to_vec.shape)
print(emb_v.idx_to_vec[:3])
comp = text.embedding.CompositeEmbedding(vocab, [glove, emb_v])
print(comp.vec_len, comp.idx_to_vec.shape, comp.get_vecs_by_tokens(['good'])[:8])
glove.update_token_vectors(['chip', 'baby'], nd.ones((2, 6)))
print(glove.get_vecs_by_tokens(['chip', 'baby', 'boy'])[:, :3])
try:
    glove.update_token_vectors(['nope'], nd.ones((1, 6)))
except Exception as e:
    print(type(e).__name__)
init_emb = text.embedding.CustomEmbedding(path, init_unknown_vec=nd.ones)
print(init_emb.idx_to_vec[0], init_emb.get_vecs_by_tokens('zzz'))
net_embedding = mx.gluon.nn.Embedding(len(vocab), 6)
net_embedding.initialize()
net_embedding.weight.set_data(emb_v.idx_to_vec)
net_embedding.collect_params().setattr('grad_req', 'null')
print(net_embedding.weight.grad_req, net_embedding(nd.array([[1, 2]]))[0, :, :3])
with open(os.path.join(root, 'bad.txt'), 'w') as f:
    f.write('alpha 0.1 0.2\nbeta 0.3\n')
try:
    text.embedding.CustomEmbedding(os.path.join(root, 'bad.txt'))
except Exception as e:
    print(type(e).__name__)
shutil.rmtree(root)
