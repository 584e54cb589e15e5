"""Topic models over segments: fit, score, choose k, seed from a codebook, and compare groups of respondents.

::

    tm = TopicModel(n_topics=8, random_state=0).fit(segments)
    tm.top_terms(10); tm.doc_topics(); tm.representative_quotes(3); tm.coherence()
    table = sweep_k(segments, range(4, 13)); k = recommend_k(table)
    tm = TopicModel(n_topics=10, seed_terms=seeds_from_codebook(codebook)).fit(segments); tm.label_topics(codebook)
    topics_by(tm, by="role")

gensim, scikit-learn and tomotopy are imported when a model is fitted, not when this package is imported
(the estimator convention is qualcode._params.Params).
"""

from qualcode.topics._model import TopicModel
from qualcode.topics._prevalence import topics_by
from qualcode.topics._seeds import seeds_from_codebook
from qualcode.topics._sweep import recommend_k, sweep_k, topic_stability

__all__ = ["TopicModel", "recommend_k", "seeds_from_codebook", "sweep_k", "topic_stability", "topics_by"]
