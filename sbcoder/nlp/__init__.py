"""sbcoder.nlp"""
