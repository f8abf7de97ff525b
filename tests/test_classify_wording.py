"""Wording the corpus does not use: the rules carry the meaning, not one agent's phrase."""

import pytest
from support import T0, mail

from certmerge_mail.adapters.parsing import parse
from certmerge_mail.core.classify import classify

SUBJECT = "RE:[CASE 176215680000123] [AWS Training and Certification Form Submission] - account-assistance"

CASES = [
 # an ask for which account to keep, then "once your identity is confirmed" (ご本人様確認が取れ次第): no confirmation asked
 ("support_reply","恐れ入りますが、どちらのアカウントを今後お使いになるか(残す側)、もう一方のアカウントのサインイン用メールアドレスを"
  "お知らせいただけますか。ご本人様確認が取れ次第、具体的な手続き内容をご案内いたします。"),
 # details offered, not asked: "additional details may be provided by replying"
 ("case_created","Submission reference 12630958417\n\nCategory Certification / Account Merge\n\nExpected response time "
  "Within 24 hours.\n\nAdditional details may be provided by replying to this message without altering the subject line."),
 # an ask for details that ends with which profile to keep (told as "tell me") asks no confirmation
 ("support_reply","So that I can prepare the next step: please confirm the full e-mail address used to sign in to "
  "AWS04419283 and AWS09876012.\n\nTell me which profile you would like to continue using. The other one will be "
  "closed afterwards."),
 # an ask for details after an earlier, closed case is named: the ask decides
 ("support_reply","I also notice a similar request from 2023 (case 11735180201) that was closed because we didn't hear "
  "back.\n\nSo that I can locate the other record, please reply with:\n1. the e-mail address you used to sign in;"),
 # raised with another party's team: work going on, not a case opened
 ("support_reply","Sorry for the late reply. We have raised the request to Credly team to move badges from your old Credly "
  "account. Please kindly wait 3-5 business days."),
 # a duplicate case closed so that the work goes on in the first one is no closure of the case
 ("support_reply","同じご依頼がケース 177543803500552 として既に受け付けられております。対応を一本化するため、重複となる本ケースは、"
  "このご連絡をもってクローズさせていただきます。"),
 ("merge_completed","We're happy to let you know that the account merge you requested is complete. Your certifications now appear under AWS01234567."),
 ("merge_completed","Your AWS Certification accounts have been successfully consolidated. You can now sign in with hanako@example.jp."),
 ("merge_completed","This is to confirm that we have merged your two certification accounts into AWS01234567."),
 ("merge_confirmation_requested","Before we proceed, please confirm that you want AWS07654321 merged into AWS01234567. Note that this action is permanent."),
 ("merge_confirmation_requested","We found two accounts: AWS01234567 and AWS07654321. Once we receive your confirmation, AWS07654321 will be merged into AWS01234567 and deactivated. This cannot be reversed."),
 ("support_reply","Could you please let us know which email address you would like to keep as your primary login for the merged certification account?"),
 ("support_reply","Thank you for your reply. I have forwarded your confirmation to our internal team, who will process the account merge within 3-5 business days."),
 ("case_created","Thank you for contacting AWS Training and Certification. We have received your request regarding an account merge and a case has been created. Case ID: 176215680000123."),
 ("merge_completed","ご依頼いただいたアカウントの統合処理が完了しましたので、ご連絡いたします。"),
 ("merge_confirmation_requested","以下のアカウントを統合してよろしいでしょうか。\nAWS07654321 → AWS01234567\n統合後は元に戻せませんので、ご注意ください。"),
 ("support_reply","アカウント統合の件、現在担当チームにて確認中です。進捗がありましたらご連絡いたします。"),
 ("survey","Your case 176215680000123 has been closed. We'd love to hear about your experience - please take our short survey."),
 ("merge_confirmation_requested","Hi Hanako,\nTo proceed with the account merge, could you confirm the following is correct?\n- Primary (kept): AWS01234567\n- Secondary (merged): AWS07654321\nPlease be aware that merged accounts cannot be separated later."),
 ("merge_confirmation_requested","Please reply to confirm you want us to merge AWS07654321 into AWS01234567. Once the merge is complete, you will receive an email. The merge cannot be undone."),
 ("support_reply","We have not yet merged your accounts because the notification e-mail on AWS07654321 does not match. Could you please verify it?"),
 ("support_reply","Your account merge request is still in progress with our internal team. We will update you as soon as it is completed."),
 ("merge_completed","統合作業が無事完了いたしました。今後は AWS01234567 のアカウントをご利用ください。"),
 ("survey","ケース 176215680000123 はクローズされました。今回の対応についてアンケートにご協力ください。"),
 ("support_reply","Hello, we need a bit more information to merge your certification accounts. Please send us the notification e-mail address of each account."),
 # Meanings a second blind corpus found missing, in other words than its own:
 ("merge_confirmation_requested","Here is what we will do: AWS07654321 goes into AWS01234567 and is then closed. Can you write back and tell us this all sounds correct?"),
 ("merge_confirmation_requested","次の内容で統合を実施いたします。\n残すアカウント: AWS01234567\n統合元: AWS07654321\n内容に問題がないようでしたら、このメールにそのままご返信ください。"),
 ("merge_confirmation_requested","For security reasons we need you to approve the account merge before our team can start. Simply reply to this message."),
 ("merge_completed","Good news: we are through with consolidating your certification records, and everything now lives on AWS01234567."),
 ("case_created","Hi there, we have got your e-mail. Case 176215680000123 is now open and one of our agents will pick it up shortly."),
 ("support_reply","Thanks for your patience. Which of the two accounts would you like us to keep? Once you tell us, we will send the final confirmation for your review."),
 # ...and the third:
 ("merge_confirmation_requested","以下のとおり統合いたします。\n存続: AWS01234567\n統合元: AWS07654321\n記載内容に相違がないか、ご返信でお知らせいただけますと幸いです。"),
 ("merge_confirmation_requested","統合先: AWS01234567 / 統合元: AWS07654321\nご同意が取れ次第、作業を開始いたします。"),
 # ...and the fourth:
 ("merge_completed","The consolidation of both of your certification profiles has now been completed."),
 ("merge_completed","担当チームより、アカウントの統合は完了したと報告を受けております。"),
 ("case_created","お問い合わせを承り、ケース 176215680000123 を作成いたしました。担当者よりご連絡いたします。"),
 # ...and the fifth:
 ("merge_confirmation_requested","We require your final written confirmation before the operation: AWS07654321 (deactivated) will be merged into AWS01234567 (retained). The operation is irreversible."),
 ("support_reply","統合の相手となるアカウントの候補者 ID をお知らせください。候補者 ID はプロフィール画面でご確認いただけます。"),
 # ...and the sixth:
 ("survey","Your support case 176215680000123: Combine my two certification profiles has been resolved.\nWas this response helpful? Please rate your experience."),
 # ...and the seventh:
 ("support_reply","We have received your request to merge your accounts. To proceed, could you please provide the e-mail address of the second account?"),
 ("case_created","This is an automated message. We have received your request and an agent will respond within 24 hours. If you have additional information, reply to this e-mail."),
 # ...and the ninth:
 ("support_reply","Thanks for your reply confirming the details. The merge is scheduled for next week; after that, AWS07654321 will be merged into AWS01234567 and I will update this case."),
 # ...and the eleventh:
 ("merge_confirmation_requested","統合の内容を確認してください。統合後は元に戻すことはできません。"),
 # ...and sets 19-22 (2026-12), in words of their own:
 ("merge_confirmation_requested","Profile which will be preserved: AWS01234567\nProfile which will be absorbed: AWS07654321\n\n"
  "Is not possible to roll back this afterwards. We need that you answer confirming the data is correct."),
 ("merge_completed","ご依頼の 2 つのアカウントを 1 つにまとめましたので、ご報告いたします。AWS07654321 の受験履歴は AWS01234567 に引き継がれております。"),
 ("merge_completed","Hi,\nThe profiles are one now: I've closed this case as the consolidation you asked for has been carried out. "
  "Please rate this interaction below."),
 ("support_reply","Thank you. Your approval has been recorded and the request is now with our operations team; it takes 3-5 business days."),
 ("case_created","お問い合わせありがとうございます。ケース 176215680000123 を開設しました。担当者よりご連絡いたします。"),
 ("survey","Your AWS Training and Certification case 176215680000123 has been closed. How did we do? Rate us in one click."),
 # ...and sets 26-28, in words of their own:
 ("merge_confirmation_requested","Plan:\n  Keep: AWS01234567\n  Fold in: AWS07654321 (shut down after)\nThere's no going back once "
  "it runs. Are you OK with us to proceed like this? A one-line reply will do."),
 ("merge_confirmation_requested","下記のとおりお手続きを予定しております。\nご利用いただくアカウント：AWS01234567\n"
  "ご利用いただけなくなるアカウント：AWS07654321\n元の状態へ戻すことはできかねます。上記内容にて進めてよろしいか、ご返信にてお知らせください。"),
 ("merge_completed","ご承諾いただきました内容にて、本日 2 つのアカウントを一つにおまとめいたしました。今後は AWS01234567 をご利用ください。"),
 ("merge_completed","AWS07654321 の認定資格を AWS01234567 へお移しし、AWS07654321 は利用停止といたしました。作業はすべて終了しております。"),
 ("survey","We've marked request 176215680000123 as resolved. Did we solve your problem? Yes / No"),
 ("support_reply","We received your case update, thank you. Your case is being reviewed by our Certification team."),
 # ...and sets 29-31: a merge done elsewhere, told in passing, while a new pair is asked about.
 ("support_reply","The merge from your earlier case is finished. For the two profiles you mention now (AWS01234567 and "
  "AWS07654321), which one should we keep?"),
 ("support_reply","前回ご依頼の統合はすでに完了しております。今回の 2 つのアカウントは、どちらを残すかご指定いただけますでしょうか。"),
 ("support_reply","Hi, I can see a second profile that was set up with your work address. Before anything else, which "
  "of the two (AWS01234567 or AWS07654321) would you like to keep?"),
 ("support_reply","お名前で 2 つの認定アカウントを確認いたしました。以下の情報をお知らせください。\n1. 残すアカウントの認定 ID\n\n"
  "本メールの対応についてご意見をお聞かせください。AWS サポートセンターにて、このやり取りを評価していただけます。"),
 ("merge_completed","統合元アカウント AWS07654321 を統合先アカウント AWS01234567 に統合する処理が正常に終わりました。"
  "サインインして、認定資格が表示されることをご確認ください。"),
 # ...and sets 32-34: records now seen under the kept account (the place an account, not a tab);
 # a perfect with the bare verb; an ask by need; a case, not an account, that will be closed.
 ("merge_completed","Hi Ken, as of this morning every one of your exam results now sits under AWS01234567; "
  "AWS07654321 cannot be used to sign in any more."),
 ("merge_completed","Dear Ken, we has consolidate the two profile as you asked. From now all certification are listed "
  "in your main account."),
 ("merge_completed","AWS07654321 の受験履歴と認定資格は、AWS01234567 でご覧いただけるようになっております。"),
 ("support_reply","Your voucher for the AWS Certified Developer exam is now available in the Benefits section. "
  "Let us know if your two accounts still need to be merged."),
 ("merge_confirmation_requested","I located both profiles. Kept: AWS01234567. Folded into it: AWS07654321. "
  "Before I submit this, I would need you to approve it by answering this e-mail."),
 ("support_reply","Since we did not hear back, this case will be closed in 3 days. If you still need the merge of "
  "your certification accounts, please reply and tell us which account you want to keep."),
 # The agent's own step is no ask ("before we can confirm the merge"): a false request would draft
 # the reply that lets the merge go ahead.
 ("support_reply","Before we are able to confirm the merge of AWS01234567 and AWS07654321, we need the date of "
  "birth on each profile."),
 ("support_reply","We will verify the accounts internally first; once I can approve the consolidation on our side, "
  "I'll write again."),
 # A case opened again is a notice on a case that exists; a footer that rates one reply is no survey.
 ("support_reply","Your support case 176215680000123 (two certification accounts to merge) has been re-opened "
  "and is back in our queue."),
 ("support_reply","ケース 176215680000123「認定アカウントの統合」が再オープンされました。担当者よりご連絡いたします。"),
 ("support_reply","Thanks for confirming. Our operations team will now combine AWS07654321 into AWS01234567; it "
  "takes a few days.\n\nHow would you rate this response? Great / Not good"),
 # ...and sets 35-37: an acknowledgement that files the request under a case number; the account to
 # keep asked for by what it is; "once you reply" that promises a reading, not the merge.
 ("case_created","Automatic message: your form arrived and has been filed as case 176215680000123. An agent will "
  "get back to you within two business days."),
 ("case_created","自動送信メールです。お問い合わせをケース 176215680000123 として記録しました。担当者より 2 営業日以内にご連絡いたします。"),
 ("support_reply","統合の準備のため、以下をお知らせください。\n・統合元アカウントのメールアドレス\n・今後使用するアカウントの受験者 ID\n"
  "ご返信をいただき次第、内容を確認のうえ改めてご連絡いたします。"),
 ("support_reply","To prepare the merge, please send us the candidate ID of the profile you would like to keep."),
 ("merge_confirmation_requested","統合先: AWS01234567\n統合元: AWS07654321\nご返信をいただき次第、統合作業を実施いたします。"
  "統合後は元に戻せません。"),
 # ...and set 38: a verb of moving finished into the kept account; the old one retired, told as a state.
 ("merge_completed","AWS07654321 の試験記録は、AWS01234567 にまとめ終えております。"),
 ("merge_completed","お待たせしました。AWS07654321 のアカウントには、もうログインできなくなっています。今後は AWS01234567 をお使いください。"),
 ("support_reply","AWS07654321 にサインインできなくなっているとのこと、承知しました。統合の前に本人確認をさせてください。"),
 # ...and sets 39-40: asked whether it now shows, not told; a survey that asks you to tell about it.
 ("support_reply","Could you check whether your exam history now appears under your account AWS01234567? "
  "If not, reply and we will look again."),
 ("survey","Your case 176215680000123 was resolved after 3 days without an answer. Please take a minute to tell us "
  "about your experience with it."),
 # A merge of Builder IDs (Skill Builder's sign-in) is another product's; naming a certification
 # account, the mail is about that account again.
 ("unrelated","We looked into combining your two AWS Builder IDs. Builder IDs cannot be merged at this time; please "
  "keep using the one you prefer. Your certification records are kept separately."),
 ("support_reply","Builder IDs cannot be merged, but your certification accounts AWS01234567 and AWS07654321 can. "
  "Which of the two would you like to keep?"),
 # ...and set 43: a go-ahead wanted, a one-word answer asked; "if there is no mistake, tell us"; an
 # acknowledgement by its Case ID row and a follow-up promised; an issue raised internally is work.
 ("merge_confirmation_requested","We'd like your go-ahead first:\n- keep AWS01234567\n- AWS07654321 absorbed into it\n"
  "It cannot be undone. Answer this message with a simple \"yes\" if that's right."),
 ("merge_confirmation_requested","AWS07654321 を AWS01234567 に統合する予定です。統合後は元に戻せません。"
  "記載にお間違いがなければ、ご返信にてお知らせください。"),
 ("case_created","Your inquiry is in our queue.\nCase ID | 176215680000123\nA specialist will follow up by e-mail within "
  "one business day. Please don't send the form again."),
 ("support_reply","I have raised the blocked exam record internally and will keep the case open while the team "
  "clears it before the profiles can be combined."),
 # ...and set 42: records now showing, seen under an account "(id)で…状態になりました", an id in brackets;
 # a rating under the signature of a letter that asks is the desk's footer; a closure to come is none.
 ("merge_completed","Good news: your Security - Specialty certification is now showing under AWS01234567 with "
  "the rest, and nothing remains on the old profile."),
 ("merge_completed","ご指定のアカウント（AWS01234567）で、すべての認定資格をご確認いただける状態になりました。"),
 ("merge_completed","旧アカウント（aws-07654321）は閉鎖済みです。認定資格は AWS01234567 に統合されております。"),
 ("support_reply","お手数ですが、今後お使いになるアカウントをお知らせいただけますでしょうか。\n\n高橋\nAmazon Web Services\n\n"
  "今回の対応はいかがでしたか。以下のリンクから評価をお寄せください。"),
 ("support_reply","Do you still need help with the merge? If we do not hear back within 5 days, this case will be "
  "closed.\n\nKyle\nAWS Training and Certification\n\nHow satisfied were you with this reply? Rate it below."),
 ("survey","先日クローズされたケース 176215680000123 について、ご意見をお聞かせください。アンケートは 3 問です。"),
 ("merge_completed","All set:\nAWS01234567 (kept) - active, now holds every certification and your exam history\n"
  "AWS07654321 - closed"),
 # ...and round 9: an approval received, named as such, is no ask; a list item under an ask for details
 # that asks about the account to keep is a which-question, a heading that names it is not.
 ("support_reply","いただいたご同意に基づき、AWS01234567 を存続アカウントとして手続きを進めております。完了しましたらご連絡いたします。"),
 ("support_reply","手続きの前に、次の点をお知らせください。\n・AWS07654321 のメールアドレス\n"
  "・統合後に残すアカウントのご希望（AWS01234567 でよろしいでしょうか）"),
 ("merge_confirmation_requested","以下の内容で統合いたします。\n■ 残すアカウント（統合先）\nAWS01234567\n■ 統合元\nAWS07654321\n"
  "統合後は元に戻せません。よろしければご返信ください。"),
 ("merge_completed","お待たせしました。統合の作業は無事に終わり、これからは AWS01234567 だけでご利用いただけます。"),
 ("merge_completed","AWS07654321 はもう使えなくなっています。認定資格は AWS01234567 でご確認ください。"),
 ("support_reply","これより統合作業を進めてまいります。完了しましたらご連絡いたします。\n\nこのやり取りを評価してください\n"
  "※ 評価はケースの状態（オープン／クローズ）には影響しません。"),
 # ...and a request as the subject of a done verb, records now sitting under the kept id, an
 # acknowledgement that logs the message as a number and usually replies within a day.
 ("merge_completed","Your request to consolidate your two certification profiles into AWS01234567 has been fulfilled."),
 ("merge_completed","Good news: all of your exam history is now sitting under AWS01234567, and the old login is off."),
 ("case_created","This is an automated note: your message reached us and has been logged as 176215680000123. We usually "
  "reply within one business day."),
 ("support_reply","We have requested to merge AWS07654321 into AWS01234567 with our operations team."),
 # ...and round 10: "wich" is which; a merge told complete in the plain polite present.
 ("support_reply","found 2 acount: AWS01234567 and AWS07654321. pls confirm wich one you want to keep as main."),
 ("merge_completed","お待たせしました。アカウントの統合はすでに完了しています。存続するアカウントでサインインし、資格をご確認ください。"),
 ("merge_completed","2 つのアカウントをまとめる作業を終えました。受験履歴は AWS01234567 から確認できるようになっています。"),
 ("merge_completed","Done - AWS07654321 is absorbed into AWS01234567 now; sign in with that one."),
 ("support_reply","Thanks, I have noted your approval on the case and passed the request to our certification team."),
 ("merge_confirmation_requested","Account 1 (it will be remaining): AWS01234567\nAccount 2 (will be merged inside Account 1): "
  "AWS07654321\nKindly confirm that above details are correct."),
 # Done said of the work, the next sentence sending you to the kept account from now on; and not, for a plan.
 ("merge_completed","Everything is completed on our side. From now on, please sign in with AWS01234567 only."),
 ("support_reply","Your exam booking is done. Please use AWS01234567 to view it."),
 ("case_created","This is an automated note: your message reached us and has been assigned case number "
  "176215680000123. A member of our team will get back to you within 24 hours."),
 ("merge_completed","ご依頼の件、本日対応いたしました。今後は AWS01234567 をご利用ください。"),
 ("merge_completed","これまでの認定資格も、AWS01234567 の認定一覧に表示されるようになっております。"),
 # ...and round 12: "rate my reply" is one reply's footer; "we'd love to know how we did" after a closure
 # is the survey.
 ("support_reply","Thank you for confirming. The team will now carry out the merge; I'll write when it is done.\n\n"
  "Marisol\nAWS Training and Certification Customer Support\n\nHow would you rate my reply? Good / Poor"),
 ("survey","Case 176215680000123 has been marked as resolved. We'd love to know how we did; it takes a minute."),
 # The wish to go ahead asked for inside a statement.
 ("merge_confirmation_requested","Primary profile: AWS01234567\nProfile to be merged and closed: AWS07654321\n\nThis cannot "
  "be undone afterwards. Please respond to this message to tell us whether you want us to go ahead."),
 # The kept id as the destination of what was brought into it.
 ("merge_completed","田中 様\n\nAWS01234567 に、AWS07654321 の受験履歴と認定をすべて移しました。今後は AWS01234567 をご利用ください。"),
 # A question of its own in the paragraph of the console's rating footer.
 ("survey","As we have not heard from you, this case is now closed.\n\nWas our help what you needed? You can rate this "
  "correspondence in the Support Center.\n\nBest regards,\nAmazon Web Services"),
 # An acknowledgement: a reference, and an answer promised in the present of habit.
 ("case_created","This is an automatic note: your form reached us and is in the queue. Someone from the team usually "
  "gets back to you within one business day.\nReference number: 176215680000123"),
 # Requests in paraphrase: "no way of splitting them apart again", "this cannot be rolled back", "tell me whether
 # we may go ahead", "取り消しはききません … この方針どおりで構わないかどうか … お知らせください".
 ("merge_confirmation_requested","Profile that stays active: AWS01234567. Profile to be folded in and closed: AWS07654321. "
  "We have no way of splitting them apart again afterwards, which is why I need your explicit go-ahead."),
 ("merge_confirmation_requested","What I'd do is keep AWS01234567 and move the history of AWS07654321 across to it. This "
  "cannot be rolled back. Could you tell me whether we may go ahead on that basis?"),
 ("merge_confirmation_requested","以下の方針でいかがでしょうか。\n■ 残るID:AWS01234567\n■ 使えなくなるID:AWS07654321\n"
  "一度処理すると取り消しはききません。この方針どおりで構わないかどうか、本メールへの返信でお知らせください。"),
 # Completions in paraphrase: "our records team has finished the work: AWS… now carries the full history",
 # "have now been brought together".
 ("merge_completed","Our records team has finished the work: AWS01234567 now carries the full exam history from both "
  "profiles, and the other profile can no longer be used."),
 ("merge_completed","Your two candidate records (AWS01234567 and AWS07654321) have now been brought together."),
 # "reply on this case with a short 'yes, go ahead'"
 ("merge_confirmation_requested","Kept: AWS01234567. Records moved from AWS07654321, then closed.\n"
  "Could you reply on this case with a short \"yes, go ahead\" so I can submit it?"),
 # Thanks for your reply, the work under way: a "please check" after it is no request to confirm.
 ("support_reply","ご返信いただきありがとうございます。AWS07654321 から AWS01234567 への統合作業を開始しております。\n"
  "統合が完了した後は、Credly のバッジも統合先のアカウントに紐づけ直されますので、Credly からのメールもあわせてご確認ください。"),
 # An agent who names themself: "request received" is their reply, not the automatic acknowledgement.
 ("support_reply","お問い合わせいただき、ありがとうございます。担当の佐々木と申します。AWS01234567 と AWS07654321 の統合に関する"
  "ご依頼を承りました。現在、登録情報を確認しております。"),
 # "…できなくなっておりますので": the state told as a reason is still told.
 ("merge_completed","ご同意いただいた内容のとおり、作業がすべて終わりました。閉鎖されたアカウントにはサインインできなくなっておりますので"
  "ご了承ください。"),
 # A legal footer's "please check the privacy policy" asks nothing about the merge, whatever the letter states.
 ("support_reply","統合後に残すアカウントとしては、ご指定のとおり AWS01234567 を想定しております。対象の詳細は追ってご案内いたします。\n\n"
  "─────────────\nお客様の個人情報の取り扱いについては、AWS プライバシー規約（https://aws.amazon.com/jp/privacy/）をご確認ください。"),
 # "1つにまとめたい" is the merge topic; closing told as its result, "閉鎖しております", is done.
 ("merge_completed","ご同意いただいた内容のとおり、作業を終えました。旧姓のアカウントにあった認定は AWS01234567 でご確認いただけます。"
  "旧姓のアカウント AWS07654321 は本日付で閉鎖しております。"),
 # A closure with "tell us about your experience" over its link is the survey.
 ("survey","We have not heard back, so your case 176215680000123 has been closed.\n\nTell us about your experience - it "
  "takes a minute:\nhttps://feedback.example.com/?c=176215680000123"),
 # An acknowledgement promising to "write back".
 ("case_created","This is an automatic note: your submission reached our team.\nReference number: 176215680000123\n"
  "Someone from the team will look at it and write back to this address, normally within 24 hours."),
 # "Please check" a notice to come (Credly's mail) asks nothing about the merge: the agent goes ahead.
 ("support_reply","ご返信ありがとうございます。ご指定いただいたとおり、AWS01234567 を存続アカウントとして手続きを進めます。"
  "\n完了後に Credly からご案内メールが届きますので、あわせてご確認ください。"),
 ("support_reply","Thanks for your reply. As agreed, AWS01234567 is the account that stays and we are going ahead. "
  "You will receive an e-mail from Credly afterwards, so please check for it."),
 # A survey announced for later is no survey now.
 ("support_reply","I have passed your profiles to our operations team. Once the merge is complete, we will close this "
  "case and you'll receive a short survey. Please don't open a new case meanwhile."),
 # Moved across (移し替え) and the old id deleted (削除いたしました).
 ("merge_completed","ご依頼の件、AWS07654321 の認定記録を AWS01234567 に移し替え、旧 ID は削除いたしました。"),
 # A per-reply rating under the signature, in the signature's paragraph, is the footer of any reply.
 ("support_reply","Thank you for confirming. Your request is queued with our operations team; we will update this "
  "case when it is done. No action is needed from you.\n\nBest regards,\nLena\nAmazon Web Services\nWas this response "
  "helpful? Click a star to rate this correspondence."),
 ("support_reply","Which of the two records would you like to keep as your primary one?\n\nKind regards,\nMarisol\n"
  "AWS Training and Certification Support\nWas this response helpful? Click a star to rate this correspondence."),
 # "are now all held under AWS…"
 ("merge_completed","The transfer has been carried out. Your exam results and certifications are now all held under "
  "AWS01234567; the other record can no longer be used."),
 # A request named by its case number is the case: its closure is no merge done.
 ("survey","Your request 176215680000123 with AWS Training and Certification is now closed. Did we solve your problem? YES / NO"),
 # An agent in the first person: "the same request was submitted twice" is no acknowledgement.
 ("support_reply","I noticed the same request was submitted twice, so I have closed the other one. I am now reviewing "
  "AWS01234567 and AWS07654321 and will come back to you with the next steps."),
 # A duplicate inquiry closed, and this case going on with questions: no closure of the case.
 ("support_reply","同じご依頼のため、先日のフォームのお問い合わせは終了とさせていただきました。手続きのため、以下をお知らせください。\n"
  "・各アカウントのメールアドレス\n\n今回の対応について、AWS サポートセンターで評価をお寄せください。"),
 # "fully complete"
 ("merge_completed","An update: the last exam result is now on AWS01234567 and nothing is left on AWS07654321, so the "
  "consolidation of your two profiles is now fully complete."),
 # The account to keep offered as an alternative if the stated one is wrong; thanks for a choice already made.
 ("merge_confirmation_requested","Stays: AWS01234567. Merged and closed: AWS07654321. This is permanent. Reply 'agreed' "
  "to go ahead; if any of this is wrong, tell us which ID you would rather keep."),
 ("merge_confirmation_requested","残すアカウントをご指定いただき、ありがとうございます。\n残るアカウント: AWS01234567\n"
  "閉鎖されるアカウント: AWS07654321\n統合後は元に戻せません。この内容で進めてよろしいか、ご返信ください。"),
 # The ask as the user's obligation.
 ("merge_confirmation_requested","AWS07654321 will be folded into AWS01234567, which stays. This cannot be reversed. "
  "Before we can go on, you need to approve this change by replying to this message."),
 # The work said done, and the kept id as the only sign-in from now on.
 ("merge_completed","ご依頼の件、本日対応が済みました。今後は AWS01234567 のみでサインインいただけます。"),
 # A done verb in a relative clause describes ("profiles that have been merged cannot be split"): the ask decides.
 ("merge_confirmation_requested","Keep AWS01234567 and close AWS07654321? Bear in mind that accounts which have been "
  "merged cannot be split again. Just reply 'agreed' and we will go ahead."),
 # ... but the "that" of what is told is no relative pronoun.
 ("merge_completed","We are glad to say that you now have one certification profile, AWS01234567; AWS07654321 was switched off."),
 ("merge_completed","Good news: your transcript now shows all four certifications under AWS01234567."),
 # 統合先 names an account: "sign in to the merge's destination and check" asks nothing about the merge.
 ("merge_completed","ご承認ありがとうございました。アカウントの統合処理を実施いたしました。\n今後は統合先のアカウント "
  "AWS01234567 にサインインのうえ、資格をご確認ください。"),
 # A request received after thanks for a reply is a request within the case, not its opening.
 ("support_reply","ご確認いただきありがとうございます。統合のご依頼を承りました。現在、担当部署にて作業中です。"),
 ("support_reply","Thank you for confirming. Your merge request has been received and passed to our back-office team."),
 # A rating offered over its link, not asked in words: the survey.
 ("survey","Hello again,\nWe have not yet heard how your recent support contact went.\n\nThe short questionnaire "
  "(two minutes) is here:\nhttps://feedback.example.com/q?c=176215680000123\n\nThanks, AWS Customer Experience"),
 ("survey","先日のお問い合わせ（ケース 176215680000123）について、満足度アンケートへのご回答はこちらです：\n"
  "https://feedback.example.com/q?c=176215680000123\n\nAWS カスタマーエクスペリエンス"),
 # A done verb in a relative clause describes a thing; it does not tell the news.
 ("support_reply","One badge is still on the Credly account that was linked to your old profile AWS07654321. I have "
  "asked Credly to move it; they will e-mail you."),
 # The work waits on your word ("…ご返信いただいてから着手します") over a plan that cannot be undone: a request;
 # the work waiting on details still to be sent is none.
 ("merge_confirmation_requested","統合後は AWS01234567 を存続させ、AWS07654321 の記録をそちらへ移します。"
  "統合の後でこれを取り消して二つに分けることはできません。この内容で問題ないか、お知らせいただいてから着手いたします。"),
 ("support_reply","統合後に残すアカウントは AWS01234567 を想定しております。対象アカウントの詳細は追ってお送りしますので、"
  "その内容をご確認いただいてから作業を開始いたします。"),
 # A rating asked with a polite "…たら幸いです" ending.
 ("survey","先日はお問い合わせいただきありがとうございました。担当者の対応について、ご意見をお聞かせいただけたら幸いです。\n"
  "https://feedback.example.com/q?c=176215680000123"),
 # Done told intransitively: the records "came together" in the kept account.
 ("merge_completed","お待たせしました。お持ちだった二つのアカウントの資格は、AWS01234567 へまとまりました。"),
 # The work said done, and the kept account shown as where everything is seen now.
 ("merge_completed","お申し付けいただいた作業は完了しております。\nAWS01234567 でログインされますと、両方の認定資格をまとめて表示されます。"),
 ("merge_completed","The job you asked us for is finished. When you sign in with AWS01234567 you will find all four "
  "certifications listed together."),
 # No direction words a list knows, but each id given its part by the reader: a request when it asks.
 ("merge_confirmation_requested","Here is my plan:\n  Remains:     AWS01234567\n  Absorbed:    AWS07654321\n\n"
  "Once that is done, AWS07654321 will cease to exist. Would you answer with \"go ahead\" if that suits you?"),
 # ... and the same parts told as done, over an old ask quoted, are the completion.
 ("merge_completed","Following your go-ahead, AWS07654321 has been absorbed into AWS01234567 and no longer exists. "
  "Please sign in to AWS01234567 and check your certifications."),
 # (a request's shape, its ask unread: read with doubt)
 ("merge_confirmation_requested","AWS07654321 would be merged into AWS01234567, and there is no way for anyone to "
  "split them afterwards. We hold the case until we have your word."),
 # Confirming as the purpose of the agent's own later contact asks nothing now.
 ("support_reply","確認作業が済み次第、統合の内容をご確認いただくため、改めてご案内をお送りします。今しばらくお待ちください。"),
 ("support_reply","Our records team is still checking both profiles. Once they are done we will write to you again to "
  "confirm the merge details with you."),
 # The desk told to carry out the merge is the user's reply, quoted without a marker under the agent's letter.
 ("support_reply","Thank you for your go-ahead. I have passed this to the records team and will write once they finish.\n\n"
  "Best,\nMina\nAmazon Web Services\n\n\nFine by me - kindly go ahead with the merge of AWS07654321 into AWS01234567, "
  "I know it is permanent.\nTom"),
 # The closure notice itself, no rating asked: the case closed (a survey kind); what to do if you still need
 # help, said after it, is no condition on it. A duplicate closed while the work goes on is a reply.
 ("survey","As we have not had an answer from you, we have now closed case 176215680000123. Should you still want the "
  "accounts combined, simply answer this e-mail and the case will open again."),
 ("survey","本日をもちまして、本件(ケース 176215680000123)の対応を終了いたしました。再度ご相談がある場合は、このメールにご返信ください。"),
 ("support_reply","The second form you sent opened a duplicate, case 176215680000999, which I have closed. We are still "
  "checking your two accounts under this case and will write again shortly."),
 # "Replies to this mail are not accepted" is no acknowledgement of a reply.
 ("survey","ケース 176215680000123 は解決済みとしてクローズされました。今回のサポートはいかがでしたか?\n"
  "https://feedback.example.com/q?c=176215680000123\nこのメールへのご返信は受領できませんのでご了承ください。"),
 # The merged one gone, told as a state with a negation ("does not exist anymore").
 ("merge_completed","Your request has been actioned on our side. AWS07654321 doesn't exist any more; its two certifications "
  "sit under AWS01234567 now."),
 # A merge done the wrong way, handed to another team to put right: the case goes on.
 ("support_reply","I am sorry: the history was moved into AWS07654321, not into AWS01234567 as agreed. I have escalated this "
  "to the records team, and will tell you when they have moved it across to AWS01234567."),
 # The desk's own name is no account: a request "with AWS Training and Certification" that is closed is the case.
 ("survey","Dear Ken,\nThe inquiry you raised with AWS Training and Certification has now been closed.\n"
  "Could you spare a moment to score our service from 1 to 5? https://feedback.example.com/r?c=176215680000123"),
 # Round 31: the user's yes asked for a plan the mail lays out, in words no signal lists.
 ("merge_confirmation_requested","Short version of the plan: AWS01234567 - remains.\nAWS07654321 - moves over to AWS01234567.\n"
  "Afterwards it is not possible to pull them apart. All I need from you is an OK."),
 ("merge_confirmation_requested","My suggestion: AWS07654321 into AWS01234567, keeping AWS01234567 - right? It can't be undone."),
 ("merge_confirmation_requested","Here is how I would set it up: keep AWS01234567 and switch off AWS07654321 for good. "
  "Drop me a line once you are sure this is how you'd like it."),
 ("merge_confirmation_requested","AWS01234567 stays. AWS07654321 goes into it and is shut. This change will be final. "
  "I'd rather have a yes from you before I start."),
 # ...and what only resembles it: an offer on your wish, an answer the agent gives, "right" said of something else.
 ("survey","On 2 May we asked you to approve merging AWS07654321 into AWS01234567. We did not hear back, so this case is now "
  "closed. If you would rather go ahead after all, just reply and we will pick it up. Rate us: https://feedback.example.com/r?c=1"),
 ("support_reply","To your question: yes. Once AWS07654321 is merged into AWS01234567 your discount moves with it. You have "
  "already given us the go-ahead, so nothing else is needed from you; I will write when it is done."),
 ("support_reply","I found AWS01234567 and AWS07654321. So that we join the right records, could you reply with the e-mail "
  "address you sign in with on each?"),
 # Asks that are not this mail's: another change to confirm, an answer sent to another mail, a row that tells an answer given.
 ("support_reply","統合の前に、統合先となる AWS01234567 のお名前の表記を修正いたします。修正後のスペルは以下でよろしいでしょうか。\n"
  "Taro Yamada\n修正が済みましたら、統合についてあらためてご案内いたします。"),
 ("support_reply","Your message has been added to your case. Merges are permanent and combine accounts into the one you keep. "
  "If you have not done so yet, please respond to the agent's earlier e-mail with your confirmation. This is an automated reply."),
 ("support_reply","担当を引き継ぎました。現状は次のとおりです。\n・残すアカウント: AWS01234567\n・統合するアカウント: AWS07654321\n"
  "・統合へのご承諾: 3月2日に受領済み\nお客様にお願いすることは現在ございません。"),
 ("support_reply","Thank you for confirming. We are now carrying out the merge of AWS07654321 into AWS01234567. Please do not "
  "book an exam on AWS07654321 while it runs."),
 ("support_reply","手続きを進めるにあたり、以下の点をお知らせください。\n1. 今後お使いになるアカウントの AWS 候補者 ID\n"
  "2. それぞれのサインイン用メールアドレス"),
 # Round 33: your consent told as given; what is asked after it is something else.
 ("support_reply","Thanks for the go-ahead. AWS07654321 will be merged into AWS01234567, which cannot be undone. One more thing: "
  "could you confirm the date of your booked exam is 12 July?"),
 ("support_reply","統合へのご承諾をいただき、ありがとうございます。AWS07654321 を AWS01234567 に統合いたします(元に戻せません)。"
  "なお、領収書の宛名はこのままでよろしいでしょうか。"),
 ("support_reply","前任より引き継ぎました。残すアカウント: AWS01234567、統合するアカウント: AWS07654321。5月2日に「問題ありません」との"
  "ご返信を頂戴しております。統合は元に戻せない処理です。現在、担当チームの処理待ちです。"),
 # ...while a consent asked for with a condition is still an ask.
 ("merge_confirmation_requested","AWS07654321 を AWS01234567 に統合いたします。統合後は元に戻せません。ご同意をいただけましたら、"
  "その旨をご返信ください。ご同意をいただくまで作業は行いません。"),
 # Round 33's acknowledgements and surveys in other words: a reference "under ID", 参照番号 / 依頼番号, a promise
 # to reply (ご返信いたします, ご案内いたします), an offer to add more that asks nothing.
 ("case_created","Thanks for getting in touch. Your message is now filed under reference 176215680000123 and a specialist "
  "will get back to you. Should you want to, feel free to add any further details by replying."),
 ("case_created","このメールは自動送信です。お送りいただいた内容は担当者が拝見し、1営業日以内にご返信いたします。\n"
  "参照番号: 176215680000123\n補足がございましたら、このメールにご返信ください。"),
 ("case_created","ご依頼は下記の番号でお預かりしております。内容を拝見のうえ、担当よりご案内いたします。\nご依頼番号 176215680000123"),
 # ...and surveys that ask whether it was solved or for a few answers, even where "このやり取り" is named.
 ("survey","本件はこれで一区切りとさせていただきます。最後に、このやり取りでご不明点は解決しましたか?\n"
  "「はい」「いいえ」からお選びください: https://feedback.example.com/q?c=1"),
 ("survey","お問い合わせ(176215680000123)について、いくつかの質問に答えていただけませんか。所要時間は1分です。\n"
  "https://feedback.example.com/q?c=1"),
 ("survey","You recently contacted us about your certification profiles. Let us know how things went - it takes three "
  "quick questions: https://feedback.example.com/q?c=1"),
 # Round 34's confirmations that ask something else after your consent, and requests in unusual forms.
 ("support_reply","Thanks for the okay and for confirming your sign-in address. Before we run the merge of AWS07654321 into "
  "AWS01234567: please confirm whether you want to keep your exam booked on AWS07654321."),
 ("support_reply","Before we complete the merge you approved, please confirm which spelling of your name should stay on AWS01234567."),
 ("support_reply","「お願いします」とのご返信、ありがとうございます。統合の前に、AWS01234567 に登録する氏名の表記をお知らせいただけますでしょうか。"),
 ("support_reply","統合元の AWS07654321 の所有確認のため、受験時の領収書の写しを本メールに添付してお送りください。確認が取れ次第、作業を進めます。"),
 ("merge_confirmation_requested","To go ahead we need two things from you:\n1. Your OK to fold AWS07654321 into AWS01234567. "
  "AWS01234567 stays; AWS07654321 is closed afterwards. This cannot be undone.\n2. The address you sign in with."),
 ("merge_confirmation_requested","Your approval of the following is needed before we start:\n- AWS07654321 will be merged into AWS01234567.\n"
  "- The merge is permanent."),
 ("merge_confirmation_requested","We would need a quick yes from you first: AWS01234567 is kept and AWS07654321 is merged into it and retired. "
  "It's a one-way operation."),
 # Round 34's closures and surveys in other words, and a forum's notification that is no case mail.
 ("survey","お問い合わせ 176215680000123 につきましては、これにて対応を終了とさせていただきます。今回の担当者の案内について"
  "ご意見をお寄せいただけますと幸いです。https://feedback.example.com/q?c=1"),
 ("survey","We have wrapped up this duplicate request; the first one carries on under 176215680000999. Before you go, could you "
  "tell us how the conversation went? https://feedback.example.com/q?c=1"),
 ("survey","Thanks for working with us on case 176215680000123. We'd like to know whether the answer you got did the job. "
  "Yes: https://feedback.example.com/q?c=1&v=1  No: https://feedback.example.com/q?c=1&v=0"),
 # Round 34's paraphrase: acknowledgements that promise nothing but are sent by no one, or promise in the present.
 ("case_created","For your records, the information below is now logged with us.\nCase ID: 176215680000123\n"
  "Service: Training and Certification\nThis is an automated notification."),
 ("case_created","お客様のお問い合わせは、以下の番号で登録されています。\nケース ID: 176215680000123\nこのアドレスは送信専用です。"),
 ("case_created","Your question just landed with our team under reference 176215680000123. Someone reads it and writes "
  "back, normally within a working day."),
 # ...closures and surveys, completions and requests in other words.
 ("survey","There was no further activity on this request, so it has been set to closed. Nothing else is needed from you."),
 ("survey","ケース 176215680000123 でのサポートは、どのような体験でしたか。1 分ほどでお答えいただけます: https://feedback.example.com/q?c=1"),
 ("survey","Your conversation with us has wrapped up. We'd love to know how it felt - did we get you where you needed to be? "
  "https://feedback.example.com/q?c=1"),
 ("merge_completed","あなたのアカウントはひとつになりました。AWS01234567 が、すべての認定を持っています。"),
 ("support_reply","あなたのリクエストを担当チームに送りました。作業が終わったとき、このメールでお知らせします。"),
 ("merge_confirmation_requested","so to be clear: we keep AWS01234567 and pull AWS07654321 into it. once it runs it cant be "
  "rolled back, so I need a yes from you before I start"),
 ("merge_confirmation_requested","We will carry out the unification as the following. Account to be left: AWS01234567. Account "
  "to be unified: AWS07654321. This is not able to return to original. We ask you to send reply of agreement for this content."),
 # Consent told as a past act or as the plan agreed; a word inside an address is no "OK".
 ("support_reply","I have taken over your case. AWS01234567 stays and AWS07654321 will be folded into it; you gave us the go-ahead "
  "last week and this cannot be undone. Nothing is needed from you now."),
 ("support_reply","Thanks for confirming all the points. The plan stays as agreed: AWS07654321 into AWS01234567, permanently. "
  "One more step: please reply with either:\n- the date of your last exam on AWS07654321, or\n- a note sent from t.okafor@example.org."),
 # A reading list offered while you wait names no other topic; a case closed in other words.
 ("case_created","We're on it! A specialist will be in touch within 24 hours. Keep this number handy: 176215680000123.\n\n"
  "In the meantime\n\nCertification benefits and how to use them\n\nExam day checklist\n"),
 ("survey","This message repeats the request a colleague already has, so we've put this one to rest. Please carry on "
  "in the other conversation."),
 # Round 35: a reported ask over a wrapped line, closures with their reason first, a named agent's first reply.
 ("survey","We did not hear back after we asked you to confirm the\nmerge of AWS07654321 into AWS01234567, so we are closing "
  "this case. How did we do? https://feedback.example.com/q?c=1"),
 ("survey","Case 176215680000123 had no activity for a week and has now been set to Closed. How would you score "
  "the help you got? 5 | 4 | 3 | 2 | 1"),
 ("support_reply","This is Anil from AWS Training and Certification Support. I have linked your second case to this one and "
  "will get back to you within 24 business hours."),
 ("merge_confirmation_requested","Account which will be retained: AWS01234567\nAccount which will be merged into it: AWS07654321\n"
  "This is irreversible. Kindly revert with a Yes if the above is correct."),
 ("case_created","ご依頼は下記の番号にてお預かりしております。\nケース番号: 176215680000123\n担当者が拝見し、24 時間以内にご返信を差し上げます。"),
 ("support_reply","ケース 176215680000123 に、担当者から新しいメッセージが届いています。サポートセンターでご確認ください。"),
 ("merge_completed","all sorted - everything from AWS07654321 is on AWS01234567 now and the old login is switched off."),
 # Round 36: completions by where the records now are, a reply that follows, a badge ready for you,
 # a phishing warning that quotes "merge approval", badges moved to a Credly account, AWS accounts.
 ("merge_completed","AWS07654321 にあった記録は、AWS01234567 の方にすべてそろいました。旧アカウントは閉じております。"),
 ("merge_completed","ご返答のとおりに処理しました。AWS07654321 の記録は、今後 AWS01234567 側に表示されます。"),
 ("case_created","Your submission arrived safely and sits with our specialists. Your reference is 176215680000123; a "
  "reply usually follows within one business day."),
 ("merge_completed","AWS07654321 の認定資格を AWS01234567 に移行いたしました。なお、AWS を装って「統合の承認」を求める"
  "メールにご注意ください。"),
 ("support_reply","Our Credly contact tells me your badges were moved to your current Credly account yesterday. Could you "
  "check that they show in your wallet?"),
 ("unrelated","You asked to merge two AWS accounts, 1234-5678-9012 and 2109-8765-4321. That is not possible; create an "
  "organization in AWS Organizations and invite the second account instead."),
 # Set 131: consent told as a reply thanked for; a row of what was done; an embedded "よろしいか"; a reply to come.
 ("merge_completed","ご承認のご返信をありがとうございました。ご指定どおり、AWS07654321 の認定資格を AWS01234567 にまとめる処理を"
  "実施いたしました。AWS01234567 にて一覧をご確認ください。"),
 ("support_reply","ご承認のご返信を頂戴いたしました。ただいま担当部署にて、AWS07654321 から AWS01234567 への取り込み作業を"
  "進めております。作業が済みましたらお知らせいたします。"),
 ("merge_completed","ご依頼の件、対応が終了いたしました。\n■対応内容\n・AWS07654321 → AWS01234567 への認定記録の移行 済\n"
  "・AWS07654321 のアカウント閉鎖 済"),
 ("merge_confirmation_requested","【継続して使用するアカウント】AWS01234567\n【継続アカウントに取り込むアカウント】AWS07654321\n"
  "作業後に元の状態へ戻すことはいたしかねます。上記の内容でよろしいか、ご返信にてお知らせください。"
  "いただいたご返信をもって作業に着手いたします。"),
 # Round 37: Japanese requests ("とだけご返信", ご了解, ご異存がなければ over a wrapped line, 誤りなき場合…ご一報),
 # a status row telling the consent, the agent's own check, a warning in other words, and more.
 ("merge_confirmation_requested","AWS01234567 を残し、AWS07654321 の記録を移す予定です。分け直すことはできかねます。"
  "ご了承いただける場合は「はい」とだけご返信ください。"),
 ("merge_confirmation_requested","AWS07654321 を AWS01234567 へ統合いたします。後から切り離すことはできません。以上の統合について、"
  "ご了解いただけますでしょうか。"),
 ("merge_confirmation_requested","統合の内容(AWS01234567 を残し、AWS07654321 を移す)にご異存がなければ、\n本メールにその旨ご返信"
  "いただけますでしょうか。統合は元に戻せません。"),
 ("support_reply","現在の状況です。\n(1) ご同意の確認: 10月16日に完了\n(2) 統合作業(AWS07654321 → AWS01234567): 対応中\n"
  "追加でご対応いただくことはございません。"),
 ("support_reply","ケースを再開いたしました。統合元の AWS07654321 について照合を進めております。確認が取れ次第、統合の内容を"
  "ご案内いたしますので、お待ちください。"),
 ("merge_confirmation_requested","統合先: AWS01234567\n統合元: AWS07654321\n閉鎖したアカウントを再度有効にすることはできません。\n"
  "ご確認のうえ、問題がなければ「同意します」とご返信ください。"),
 ("merge_confirmation_requested","Primary account (will be retained): AWS01234567\nSecondary account (will be closed): AWS07654321\n"
  "This cannot be rollback once done. Request you to kindly revert on this email with your approval."),
 ("merge_completed","AWS07654321 にあった記録を AWS01234567 に移す作業は、本日こちらで済ませました。"),
 ("merge_completed","ご依頼の件は手続きがすべて終わっておりますので、本ケースはクローズいたします。旧アカウント(AWS07654321)は"
  "ご利用いただけなくなっており、認定はすべて AWS01234567 でご確認いただけます。"),
 # Round 38: a yes or no to the outcome, a negated ask, a purpose clause, consent received in other words,
 # Credly's digest of others' badges, and completions in other words.
 # (a closure that says the merge is done is its completion, however it ends)
 ("merge_completed","I am closing this case now that the consolidation has gone through: AWS07654321 is no longer active. "
  "Was your issue resolved? Reply YES or NO to this e-mail."),
 ("survey","This case is now closed. Was your issue resolved? Reply YES or NO to this e-mail."),
 ("support_reply","No problem: I'll switch the request around so that AWS07654321 is retained and AWS01234567 is merged "
  "into it. I'll send a revised summary shortly, so please don't reply CONFIRM to the old one."),
 ("support_reply","ご承認を受けまして、AWS07654321 から AWS01234567 への移行作業に着手いたしました。完了次第ご連絡いたします。"),
 ("merge_completed","All sorted on our side. AWS01234567 is the only profile now; the history of the other one has been "
  "carried across."),
 ("merge_completed","本日作業を終えました。AWS07654321 にあった記録は、すべて AWS01234567 に入っています。"),
 # Round 39: an acknowledgement "landed with AWS…", "番号 … で管理", a rating "わかりやすかったですか", Credly's newsletter.
 ("case_created","Your message has landed with AWS Training and Certification under reference 176215680000123. You "
  "should hear from them within a working day."),
 ("case_created","本メールはシステムから自動でお送りしています。ご連絡の内容は、番号 176215680000123 で管理させていただきます。"
  "返信まで今しばらくお待ちください(通常1営業日以内)。"),
 ("survey","ケース 176215680000123 のご対応について、担当者の説明はわかりやすかったですか? 1〜5 でお選びください。"),
 # An approval an agent will ask for, told in an acknowledgement.
 ("case_created","お問い合わせはケース番号 176215680000123 として登録されました。統合は取り消しできません。担当者から統合内容の"
  "確認をお願いしますので、届いたメールを必ずご確認ください。"),
 # ...and round 40: the ask as an approval or agreement to give, or as words to write; the answer's content told.
 ("merge_confirmation_requested","Kindly approve the following change:\n- AWS07654321 will be folded into AWS01234567\n"
  "- AWS01234567 remains, AWS07654321 is switched off after\nThis cannot be undone."),
 ("merge_confirmation_requested","The plan: AWS07654321 to be closed, its certifications moved to AWS01234567, which you keep. "
  "It cannot be reversed. We would be obliged if you could give us your agreement by return e-mail."),
 ("merge_confirmation_requested","Account staying: AWS01234567. Account closing: AWS07654321. This is permanent. "
  "Type \"yes\" in your answer if we may go on."),
 ("merge_confirmation_requested","Kept: AWS01234567. Retired: AWS07654321. There is no way back afterwards. Please answer "
  "this mail stating that the above details are right."),
 ("merge_confirmation_requested","We would fold AWS07654321 into AWS01234567; it cannot be undone. Write back to us "
  "saying that you accept this, and the team will start."),
 # ...a confirmation of how something should be is information asked, even on the surviving account
 ("support_reply","Before I go on: could you confirm how the name should be written on the surviving account "
  "AWS01234567? AWS07654321 shows a middle name."),
 # ...how the process ends, told in the present, is no done merge
 ("support_reply","Please send me the sign-in e-mail of AWS01234567 and of AWS07654321. By the end of the process one "
  "profile stays and the other is closed."),
 # ...done in other verbs, spellings and states
 ("merge_completed","Your two profiles are joined now: AWS01234567 is the one to use, AWS07654321 is retired."),
 ("merge_completed","The requested consolidation was sucessfully carried out. Henceforth please use AWS01234567 to sign in."),
 ("merge_completed","The merge of your profiles was concluded today. AWS07654321 isn't active anymore."),
 ("merge_completed","ご依頼の件、作業が済みました。\n\n ・AWS07654321 → AWS01234567\n\n今後は AWS01234567 をお使いください。"),
 ("merge_completed","AWS07654321 の認定資格は AWS01234567 へ移行済みです。なお、Credly のバッジは現在 Credly 側で移行の"
  "お手続き中です。バッジの移行が済みましたらメールが届きます。"),
 # ...an acknowledgement in few words; a duplicate case told as opened is no acknowledgement
 ("case_created","Enquiry received.\nReference: 176215680000123\nOne of our specialists will get back to you within two "
  "working days."),
 ("case_created","We write to acknowledge receipt of your request about your certification accounts. A member of the "
  "team will respond shortly."),
 ("support_reply","Another case (176215690000777) was opened yesterday for the same request. We have closed it; please "
  "keep replying here, 176215680000123."),
 # ...a closure "recently set to" resolved, with feedback asked
 ("survey","Your case 176215680000123 was just set to Resolved. Tell us about the help you got: share your feedback here."),

 # ...and round 41: the ask as "need that you confirm", "write … that you agree"; お間違いがございませんようでしたら.
 ("merge_confirmation_requested","AWS07654321 goes into AWS01234567, which stays. It is not possible to undo it. I require "
  "that you approve this plan before I start."),
 ("merge_confirmation_requested","Kept: AWS01234567. Closed: AWS07654321. This is final. Please answer in the Support "
  "Center that you agree with it."),
 ("merge_confirmation_requested","存続: AWS01234567 / 閉鎖: AWS07654321\n元に戻すことはできません。\n記載内容に誤りがございません"
  "でしたら、ご返信にてその旨お知らせください。"),
 # ...when the work is done, asked, is no confirmation of the merge
 ("support_reply","AWS07654321 に試験のご予約がございます。ご予約の試験が終わってから統合作業を行う形で差し支えないでしょうか。"
  "\n統合先: AWS01234567"),
 # ...a "duplicate profile" is the topic; done "on our side"; a row "AWS…: closed"; the work as a whole done over rows
 ("support_reply","Hello, about your duplicate certification profile: could you send us the e-mail address you sign "
  "in with?"),
 ("merge_completed","Short note: done at our end.\n- AWS07654321: retired, its contents moved\n- AWS01234567: yours from "
  "now on"),
 ("merge_completed","お申し込みの手続きが完了しました。\n\n■結果\n 残したアカウント:AWS01234567\n 閉じたアカウント:AWS07654321"),

 # ...and round 42: a help desk's thread, newest first; its recap under a rating; "has finished"; a done recalled.
 ("support_reply","##- Please type your reply above this line -##\n\nYour request (#176215680000123) has been updated.\n"
  "----------------------------------------------\n\nAsha (AWS T&C Support)\n\nMar 3, 2025, 10:00 UTC\n\nHi, the records team "
  "is still on it. Nothing needed from you.\n\n----------------------------------------------\n\nAsha (AWS T&C Support)\n\n"
  "Mar 1, 2025, 09:00 UTC\n\nAWS07654321 will be merged into AWS01234567. Please reply \"yes\" to go ahead."),
 ("survey","How would you rate the support you received? Good: https://x.example/1 Bad: https://x.example/2\n\n"
  "Here's a summary of your request (#176215680000123):\n----------\nAll done, AWS07654321 now sits under AWS01234567."),
 ("merge_completed","The move of your exam history from AWS07654321 to AWS01234567 has completed. You can sign in now."),
 ("survey","ケース 176215680000123 はクローズいたしました。(先日お知らせしたとおり、AWS07654321 の AWS01234567 への統合は完了して"
  "おります。)\n今回の対応はいかがでしたか。アンケートへのご協力をお願いいたします。"),
 ("support_reply","ご同意のご返信をいただいた後、11 月 2 日に担当部署へ統合を依頼しております。AWS07654321 は AWS01234567 に統合され、"
  "元に戻せません。完了までもうしばらくお待ちください。"),

 # ...and round 43: "we ask that you so indicate", "reply … saying so", "confirm this request"; a consent granted with
 # a "but" is no consent; "one profile now"; a done recalled in passing ("先日完了しておりますが") over the rest of the case.
 ("merge_confirmation_requested","Proposed: AWS07654321 to be absorbed into AWS01234567, irreversibly. If agreeable, we "
  "ask that you confirm by reply."),
 ("merge_confirmation_requested","My suggestion: keep AWS01234567 and fold AWS07654321 into it; there is no undo. If "
  "you're happy with that, write back saying so."),
 ("merge_confirmation_requested","AWS07654321 will be merged into AWS01234567, which stays. To confirm this request, "
  "click below and sign in."),
 ("merge_confirmation_requested","ご承認のご返信をいただきましたが、残すアカウントの記載が前回のご案内と異なっておりました。改めて、"
  "残すアカウント: AWS01234567、統合元: AWS07654321 でよろしいかご確認ください。"),
 ("merge_completed","All sorted. One account now: AWS01234567 with every cert. The old ID is dead."),
 ("support_reply","統合作業は先日完了しておりますが、Credly のバッジが旧アドレスのアカウントに残っておりましたため、本日 Credly に"
  "付け替えを依頼いたしました。"),

 # ...and round 44: a which-question about a fact of an account is no which-to-keep; a closure that recalls the merge
 # "for your records".
 ("merge_confirmation_requested","To be closed: AWS07654321. To remain: AWS01234567. This is irreversible. Please revert "
  "with your confirmation. Also, could you tell us on which account your exam is booked?"),
 ("survey","As we had no reply, I am going to mark this case as resolved now. For your records, the merge was completed "
  "on 3 May. Was your issue resolved? Please let us know how we did: YES / NO"),

 # ...acknowledgements as "it's safely with us", a case that "now exists … waiting in our queue"; an ask of the other
 # account's id with one account named is no request yet.
 ("case_created","Thanks for writing - it's safely with us.\nYour case number: 176215680000123\nWe aim to reply within a "
  "working day."),
 ("case_created","This is an automated confirmation: a support case (ID 176215680000123) now exists for your request and "
  "is waiting in our queue."),
 ("support_reply","ご依頼を承りました。以下をお知らせいただけますでしょうか。\n1. もう一方のアカウントの受験者 ID(AWS から始まる番号)\n"
  "2. AWS01234567 を残すアカウントとしてよろしいでしょうか。"),

 # ...and round 45: done as "rolled into", "Everything's under … now", "All sorted."; お確かめ as the ask; 移し替え元/先,
 # 戻すことはいたしかねます; a case handed to a team is no done merge; an ask of an account's id is no request yet.
 ("merge_completed","All sorted. Your old profile's been rolled into AWS01234567 - certs and history included."),
 ("merge_completed","That's done for you. Everything's under AWS01234567 now."),
 ("merge_confirmation_requested","・移し替え元: AWS07654321\n・移し替え先: AWS01234567\n一度行いますと元の状態に戻すことはいたしかねます。"
  "上記の内容でよろしいか、お確かめいただけますでしょうか。"),
 ("support_reply","ご返信の内容をもって担当部署へ引き継ぎいたしました。手続きが済みましたら改めてご案内いたします。"),
 ("support_reply","統合先の AWS01234567 は確認できましたが、統合元の AWS07654321 は見つかりませんでした。以下をご確認のうえご返信"
  "いただけますでしょうか。\n・統合元アカウントの受験者 ID(プロフィール画面でご確認いただけます)"),
 ("support_reply","I have reopened your case. The records were moved correctly, but the Credly badges are still on the "
  "old Credly profile; I have asked our Credly team to transfer them."),

 # ...and round 46: a result row "結果 :完了"; consent "既に頂戴しております"; a done found on checking, in passing.
 ("merge_completed","統合処理の結果をご報告いたします。\n■ 処理結果\n 統合元:AWS07654321\n 統合先:AWS01234567\n 結果:完了\n"
  "今後は AWS01234567 でサインインしてください。特典が反映されていることをご確認ください。"),
 ("support_reply","統合に関するご同意を既に頂戴しておりますので、改めてのご確認は省略し、このまま手続きを進めます。\n"
  "統合元:AWS07654321 / 統合先:AWS01234567"),
 ("support_reply","確認しましたところ、統合は完了しておりますが、Credly のバッジが旧アカウントに紐づいたままでした。本日担当チームへ"
  "移行を依頼いたしました。"),

 ("merge_confirmation_requested","Two profiles are registered to you: AWS07654321 is to be combined with AWS01234567. "
  "Please verify that AWS01234567 should remain your primary profile."),
 ("merge_completed","Your certification profiles have been combined: AWS07654321 is closed and everything is on AWS01234567."),

 ("survey","Your case 176215680000123 has been marked as resolved. Our records show that your accounts were merged as "
  "requested; the details were sent to you in a separate e-mail. How did we do? Rate us: https://x.example/s"),

 # ...and round 47: the kept account as where the record "resides"; "is now finalised"; a voucher carried over is an answer.
 ("merge_completed","The transfer we described has now been carried out. Your certification record resides entirely "
  "under AWS01234567."),
 ("merge_completed","The operation is now finalised: AWS01234567 is your only profile and AWS07654321 has been closed."),
 ("support_reply","About your question on the merge of your two accounts. Yes, the voucher has been carried over; it "
  "shows under Benefits on AWS01234567. Anything else I can help with?"),

 ("support_reply","AWS07654321 を AWS01234567 へ統合する作業を担当部署に依頼いたしました。作業期間は、ご同意をいただいてから通常 2 営業日"
  "で完了いたします。"),

 # blind round 48: an acknowledgement's promise as "be back with you"; 拝受, お預かり and 順次 in Japanese ones
 ("case_created","Hi Sam,\n\nThanks for writing in. Your message is now on file as case 176215680000123, and a member of "
  "the certification team will be back with you within two business days."),
 ("case_created","山田 様\n\nお問い合わせの内容を拝受いたしました。ケース番号 176215680000123 にて、担当者より順次ご連絡いたします。"),
 ("case_created","山田 様\n\nご依頼内容をお預かりいたしました。ケース番号は 176215680000123 です。担当者が順次ご回答いたします。"),
 # done, with the adverbs and a comma between the work and its end, and 併合
 ("merge_completed","アカウントをひとつにする作業は、昨日すべて終わりました。今後は AWS01234567 でサインインしてください。"),
 ("merge_completed","AWS07654321 から AWS01234567 への併合処理を、先ほど終えました。認定は AWS01234567 でご確認いただけます。"),
 # done in English: folded, a team named, inactivated, the old login gone, "all set"
 ("merge_completed","I've folded your second profile (AWS07654321) into AWS01234567; both certifications show there."),
 ("merge_completed","Our back-office team has finalized the unification of your accounts. AWS01234567 is the one to use."),
 ("merge_completed","All set. The former login won't work anymore; please sign in to AWS01234567 from now on."),
 ("merge_completed","Kindly be informed that the exam records of AWS07654321 are now reflecting under your primary ID AWS01234567."),
 # a done given as known, the ground of other news: no completion
 ("support_reply","Now that AWS07654321 has been combined with AWS01234567, your exam voucher was issued again on "
  "AWS01234567. Could you send us a screenshot of the Benefits page if you still cannot see it?"),
 # a benefit carried over from the former account, in an answer
 ("support_reply","I looked at AWS01234567. The exam discount that you earned on your former account AWS07654321 was carried "
  "over and is the one you used for your May booking. Is there anything else I can help with?"),
 # the work begun, the old profile still in use while it goes on
 ("support_reply","Quick update: the team has started the work. Your exam history has already been copied to AWS01234567, but "
  "the old profile AWS07654321 is still active while they finish moving the certifications. I'll write again when it is done."),
 # a plan laid out for your yes: its rows in the present are no done merge
 ("merge_confirmation_requested","Here's what we will do, pending your go-ahead:\n\n  AWS07654321 goes into AWS01234567.\n"
  "  AWS01234567 stays; AWS07654321 is closed permanently.\n\nCould you reply with a simple yes so we can start?"),
 # the yes asked in other words: a yes or no is enough; a statement to copy into the reply
 ("merge_confirmation_requested","One check before I pass this on: keep AWS01234567 and retire AWS07654321, its exams moving "
  "to AWS01234567 - is that correct? A quick yes or no will do. (This cannot be undone.)"),
 ("merge_confirmation_requested","To go ahead we need your written authorisation. Please copy this statement into your reply "
  "and add your name:\n\n  I authorise AWS to merge AWS07654321 into AWS01234567. I understand this cannot be reversed."),
 ("merge_confirmation_requested","We can bring your two records together:\n\n  Remaining: AWS01234567\n  Retired: AWS07654321\n\n"
  "The retired record cannot be restored. Please answer \"Approved\" and we will take it from there."),
 # blind round 49: rows that give each account its part ("stays" / "goes away"), an irreversible step said as
 # no way or route back, and a yes asked in other words
 ("merge_confirmation_requested","Here's the plan before anything happens:\n\n  * Profile that stays: AWS01234567\n"
  "  * Profile that goes away: AWS07654321\n\nThere is no route back once it's done, so have a look. If it all looks "
  "right, just reply with a \"yes, go ahead\"."),
 ("merge_confirmation_requested","This is how it would look:\n\n  AWS01234567 - stays\n  AWS07654321 - its exams move across, "
  "then it's shut down\n\nWe can't bring it back afterwards. If you're happy, send me a quick note saying so."),
 ("merge_confirmation_requested","Primary profile (to be retained): AWS01234567\nSecondary profile (to be deactivated): "
  "AWS07654321\n\nThis process is not possible to revert. Request you to kindly revert back with your approval on the above."),
 # machine-translated Japanese: origin / destination, "if there is no problem … reply", "cannot be returned to the origin"
 ("merge_confirmation_requested","We confirmed the following two accounts.\n\n・Integration origin (it will be deleted)\n"
  "  Candidate ID: AWS07654321\n・Integration destination (it will be left)\n  Candidate ID: AWS01234567\n\nAfter the "
  "integration it cannot be returned to the origin. If there is no problem, please give a reply to this mail saying so."),
 # options offered: an option's "is merged" is no done merge, and a choice is asked
 ("support_reply","Either account can stay.\n\n  Option A - keep AWS01234567; AWS07654321 is merged into it.\n"
  "  Option B - keep AWS07654321; AWS01234567 is merged into it.\n\nPlease reply with A or B and I will prepare it."),
 # the desk's own check ("確認が取れ次第"), an ask for the circumstances ("差し支えなければ、その経緯を"), and an ask put
 # off to a corrected mail to come: no confirmation asked
 ("support_reply","AWS07654321 を AWS01234567 に統合されたいとのご希望と理解しております。AWS07654321 のメールアドレスを"
  "お知らせいただけますでしょうか。確認が取れ次第、統合内容をまとめて改めてご連絡いたします。"),
 ("support_reply","AWS07654321 を AWS01234567 に統合されたいとのご依頼、承りました。差し支えなければ、アカウントが複数"
  "作成された理由を簡単にお知らせいただけますでしょうか。"),
 ("support_reply","正しくは AWS07654321 を統合元、AWS01234567 を統合先とする内容でございます。訂正した内容にて改めてメールを"
  "お送りいたします。そちらのメールが届きましたら、内容をご確認のうえご返信ください。"),
 # done, told by what you can now do, and in translated words
 ("merge_completed","対応が\n完了いたしました。今後は hanako@example.jp で認定アカウント(AWS01234567)にサインインいただきますと、"
  "すべての認定をご確認いただけます。"),
 ("merge_completed","旧アカウントにつきましては、今後ご利用いただけません。認定は AWS01234567 でご確認いただけます。"),
 ("merge_completed","Great news! Your older certification now shows on your transcript. The old login will no longer work; "
  "please sign in to AWS01234567."),
 ("merge_completed","あなたのアカウントの結合が正常に行われたことをお知らせします。これからは AWS01234567 を使ってサインインしてください。"),
 ("merge_completed","We would like to inform you that the integration work of your accounts was completed today. From now on, "
  "please log in with the account AWS01234567."),
 ("merge_completed","I have the pleasure to inform you that the fusion of your accounts is now terminated. You can connect to "
  "AWS01234567 from now."),
 ("merge_completed","Your two certification accounts have been consolidate successfully. AWS07654321 has been inactivated. "
  "You asked if your exam result which is still pending will move. Yes, it will show there by itself."),
 # the user's word granted, the badges the news: no completion
 ("support_reply","Thank you for reopening the case. You are right: the profiles themselves were merged, but your badge is "
  "still held by your old Credly account. I have asked the team to re-issue it."),
 # blind round 50: a rating's "click one of these" is no choice of account; a plan "the request reads:" with a
 # one-line reply asked; the plan asked as a question
 ("merge_confirmation_requested","With that, the request reads:\n  - AWS07654321 is merged into AWS01234567 and then closed;\n"
  "  - AWS01234567 keeps everything;\n  - the change is permanent.\n\nIf that is right, a short reply is enough for us to start."),
 ("merge_confirmation_requested","The plan would be to keep AWS01234567 and bring the records of AWS07654321 into it, "
  "after which AWS07654321 is closed; as this cannot be rolled back, is this the arrangement you would like us to carry "
  "out, or would you rather keep the older profile?"),
 ("merge_confirmation_requested","以下の内容でよろしければ承認してください。\nプライマリアカウント (保持されます): AWS01234567\n"
  "セカンダリアカウント (結合され、無効化されます): AWS07654321\nこの操作は元に戻すことができません。\n\n"
  "このやり取りを評価するには、以下のいずれかをクリックしてください:\nhttps://example.com/1\nhttps://example.com/5"),
 # an id asked in a numbered list whose intro asks (the items' ids on lines of their own between)
 ("support_reply","ご本人様確認のため、以下の情報をご提供いただけますでしょうか。\n\n1.\n各アカウントのメールアドレス\n"
  "・AWS 01234567\n・AWS 07654321\n2.\n統合後に残すアカウントの候補者 ID\n※念のためご確認をお願いいたします。"),
 # a benefit carried over, in Japanese; a merged account named as a description; the old login (older)
 ("support_reply","統合後のバウチャーは AWS01234567 の特典タブからご確認いただけます。旧アカウントで付与されていた未使用の特典も"
  "引き継がれておりますが、有効期限は付与時のままです。"),
 ("support_reply","統合済みの AWS07654321 で取得されたバッジは、Credly 側での移行作業が必要なため、Credly の担当チームへ依頼いたしました。"),
 ("merge_completed","There's only one profile left now. Your certifications both show under AWS01234567, and the older login "
  "no longer works."),
 # the case open again: its closure is the past, not this mail's news
 ("support_reply","ケースを再オープンしていただき、ありがとうございます。ご返信が届くまでの間にケースが自動でクローズされてしまい、"
  "失礼いたしました。現在、担当部署にて AWS01234567 の登録情報を確認しております。"),
 # a closure that offers to reopen, and one made now ("we are closing this case for now")
 ("survey","ケース 176215680000123 につきまして、対応が完了したため、本ケースをクローズさせていただきました。ご不明な点が"
  "ございましたら、ケースを再オープンしていただくか、新しいケースを作成してください。"),
 ("survey","We have not received a response from you since our last message, so we are closing this case for now. If you "
  "still need help with merging your certification accounts, reply within 14 days and the case will be reopened automatically."),
 # blind round 51: done with a date between the work and its end, translated, and passed on from the team
 ("merge_completed","AWS07654321 に記録されていた認定を AWS01234567 へ移す作業が本日すべて済みました。今後は AWS01234567 で"
  "サインインしてください。"),
 ("merge_completed","あなたの確認をありがとう。あなたのアカウントの組み合わせは正常に終了しました。AWS07654321 の認定は現在 "
  "AWS01234567 に表示されます。"),
 ("merge_completed","認定チームより、AWS07654321 を AWS01234567 に一本化する作業が完了したとの連絡がございました。恐れ入りますが、"
  "サインインのうえ認定が表示されていることをご確認ください。"),
 ("merge_completed","改めて確認いたしましたところ、本日 AWS01234567 へ移し、これをもって両アカウントの統合がすべて完了したことを"
  "確認いたしました。"),
 # a yes asked tersely; the other account offered as an alternative after a wrapped line
 ("merge_confirmation_requested","aws07654321 (goes away) -> aws01234567 (stays). Not reversible. Write OK in Support Center "
  "and I do it."),
 ("merge_confirmation_requested","Account to be retained: AWS01234567\nAccount to be merged: AWS07654321\n\nThis is permanent. "
  "If the above is correct, please reply confirming that you would like us to proceed. If you would prefer to keep the "
  "other account instead, just\nlet me know which candidate ID should remain."),
 # consent already given, and a yes asked about something else (Credly)
 ("support_reply","Thank you, we have your confirmation and the merge of AWS07654321 into AWS01234567 is now with our "
  "operations team. One separate question: would you like us to ask Credly to move your badges too? A simple yes or no "
  "is enough."),
 # a duplicate case closed, the work going on in this one
 ("support_reply","同じご依頼で新しいケースを作成いただいたことを確認いたしました。新しいケースはこちらでクローズし、引き続き本ケースにて"
  "対応させていただきます。AWS07654321 から AWS01234567 への統合は、現在担当部署にて手続き中でございます。"),
 # blind round 52: consent checked, then the work; a choice of how to go on; a detail of yours or which address,
 # asked to be confirmed; none is the merge's confirmation
 ("support_reply","ご返信いただき、ありがとうございます。統合へのご同意を確認いたしました。これより AWS07654321 を AWS01234567 へ"
  "統合する手続きを進めてまいります。"),
 ("support_reply","The merge you asked for (AWS07654321 into AWS01234567) is something we can do, but AWS07654321 has an exam "
  "booked. Could you let me know how you would like to proceed? You can either sit the exam first or cancel it."),
 ("support_reply","Thanks for the details about combining AWS07654321 into AWS01234567. Please confirm your full legal "
  "name exactly as it appears on your ID."),
 ("support_reply","AWS07654321 will be merged into AWS01234567, which will remain. Could you please confirm which e-mail "
  "address you would like to use as the sign-in for AWS01234567?"),
 # done, reported by a performative "would like to report"
 ("merge_completed","We would like to report that the integration of your two accounts has been finished. From now on, "
  "please use AWS01234567 only."),
 # a closure whose done merge is the ground ("Since … we carried out …"), with its rating
 ("survey","Since the account consolidation we carried out on 11 June took care of your request, we're closing case "
  "176215680000123. Was your issue resolved? YES / NO"),
 # a choice asked ("how would you like to continue?"), not a yes
 ("support_reply","You would like AWS07654321 merged into AWS01234567. However, an exam is booked on AWS07654321 and would be "
  "lost. How would you like to continue? You can either take the exam first, or cancel the booking before the merge."),
 # the other case closed, this one going on
 ("support_reply","Thank you for the details, and no worries about the other case, it has already been closed. I have passed "
  "your request to the certification team, noting that you wish to keep AWS01234567; we will update you here."),
 # round 53: the plan, an account's records "attached to" the one "you'd keep", and "Is that OK with you?"
 ("merge_confirmation_requested","Before anything changes I need your yes on one point: we would retire AWS07654321 and "
  "attach its exam history to AWS01234567, which is the one you would keep. Is that OK with you?"),
 # the plan as labelled rows, asked "let us know whether the above is acceptable"
 ("merge_confirmation_requested","We would like to combine your records as follows.\n\n  Source (to be closed): "
  "AWS07654321\n  Destination (to remain): AWS01234567\n\nKindly let us know whether this arrangement is "
  "agreeable. We will begin once we hear from you."),
 # machine-translated 合併 ("merger") asked to be confirmed
 ("merge_confirmation_requested","AWS07654321 を AWS01234567 に合併します。合併の内容をご確認ください。合併後は元に戻せません。"),
 # support cases merged, not accounts: "combined the two requests", "お問い合わせを本件にまとめ"
 ("support_reply","You wrote to us twice about the same thing, so I have combined the two requests and we will carry on "
  "here. I am still checking AWS07654321 and AWS01234567 and will write again soon."),
 ("support_reply","重複して作成されたお問い合わせ(176215680000999)は本件にまとめました。引き続き本件にてご案内いたします。"),
 # a second case the user raised, merged into this one: no acknowledgement
 ("support_reply","It seems you opened one more case (176215680000999) about this. We have merged that case with this "
  "one and closed the duplicate; our team is still working on your request and will update you."),
 # done, the perfect carried over "and": "I have fixed … and moved it across"
 ("merge_completed","You were right that one record was left behind. I have fixed the date of birth on it and "
  "transferred it over to AWS01234567, where it now sits with the others."),
 # a closure for no reply whose ask to confirm is for a case reopened, and its rating
 ("survey","As we did not hear from you, we have closed case 176215680000123; nothing was changed on your accounts. "
  "Should you still want the merge, just reply with your confirmation within 14 days and we will pick it up again.\n\n"
  "Please rate the support you received: https://survey.example/r/1"),
 # another case named for the work, this one closed, and its survey: no acknowledgement
 ("survey","This request duplicates case 176215680000999, which is already open, so we are closing this one. The "
  "agent on case 176215680000999 will contact you there with the next steps.\n\nThis case is now closed. How did "
  "we do? https://survey.example/s/2"),
 # the merge told in an earlier message ("see my message below"), this one resolving the case and asking a rating
 ("survey","Since we have not heard of any problem after your accounts were merged on 3 June (see my earlier message "
  "below), we are resolving this case today.\n\nWould you rate the help you got? https://survey.example/s/3"),
 # round 54: the first words ask nothing ("just to double-check"), a later one does ("Reply OK and …")
 ("merge_confirmation_requested","Just to double-check before we do anything: we would keep AWS01234567 and fold "
  "AWS07654321 into it, and AWS07654321 would then be closed for good. Reply OK and we will start, or tell us if "
  "you'd rather keep AWS07654321."),
 # a written authorisation requested, agreement "signified"
 ("merge_confirmation_requested","We hereby request your written authorisation for the following.\n\n  Record to be "
  "decommissioned: AWS07654321\n  Record to be retained: AWS01234567\n\nThe action cannot be reversed. Please "
  "signify your agreement by replying to this message."),
 # the yes asked as a list item under "What I need from you:"
 ("merge_confirmation_requested","Here's the plan.\n\nStays:\n- AWS01234567\n\nFolded in, then closed:\n- "
  "AWS07654321\n\nWhat can't happen afterwards:\n- splitting them again\n\nWhat I need from you:\n- a short "
  "reply saying you're content with the above"),
 # the plan's condition, then the imperative: "If that's …, pop a reply …"
 ("merge_confirmation_requested","When I run this, AWS07654321 goes away and everything on it lands on AWS01234567. "
  "There's no undo. If that looks right to you, post a quick reply in the case and I'll do it."),
 # non-native: "to fusion into … and to close", "not able to separate … after"
 ("merge_confirmation_requested","Resume of the operation:\n- Account conserved : AWS01234567\n- Account to fuse "
  "into the conserved account and to close : AWS07654321\nOnce realised we will not be able to separate the accounts "
  "after. Can you confirm us that these informations are exact?"),
 # nothing changed: "no change has been done" is no completion
 ("support_reply","Before we can go further, please send a photo of an ID showing your full name; the names on "
  "AWS01234567 and AWS07654321 differ. Don't worry, no changes have been applied to either account yet."),
 # the merge "itself" granted; what the mail tells is the badges' move requested
 ("support_reply","認定アカウントの統合自体は完了しておりますが、Credly のバッジは別の仕組みのため、Credly 社へ移行を依頼いたしました。"
  "数日お待ちください。"),
 # done "without a hitch" (滞りなく), with the closure and its survey: the completion
 ("merge_completed","AWS07654321 から AWS01234567 への移し替えが済み、一本化のお手続きは問題なく終了いたしました。本件はこれを"
  "もちましてクローズとさせていただきます。アンケートへのご協力をお願いいたします。"),
 # done, then where you now sign in and see everything
 ("merge_completed","ご返信ありがとうございました。ご依頼の件、対応が完了いたしました。\n今後は hanako@example.jp にてログインして"
  "いただきますと、取得済みの認定資格はすべて AWS01234567 のアカウントにてご確認いただけます。"),
 # the merge done, the case kept open "until that is done" where "that" is the badges' reissue
 ("merge_completed","The certification part is finished: everything now sits under AWS01234567. Your Credly badge "
  "still shows the old address, so I have asked Credly to reissue it. I'll keep this case open until that is done."),
 # a console's status line "case status: resolved", and a rating asked
 ("survey","Wrapping this up:\n- no reply since 13 March\n- case status: resolved as of today\n\nIf you want, rate "
  "this correspondence with the stars in the Support Center. Reopen within 14 days if the merge of AWS07654321 is "
  "still needed."),
 # round 55: the account to keep asked as a question's own ending ("…はどちらになさいますか。")
 ("support_reply","AWS01234567 と AWS07654321 の 2 つを確認しました。統合後にお使いになるアカウントはどちらにしますか。"
  "また、各アカウントの通知先メールアドレスに誤りがないかご確認ください。"),
 # an answer to a question, then "please confirm the details in our previous mail": no account named, the
 # direction words describe the answer; what is to be confirmed is the earlier mail's
 ("support_reply","About your question: after the merge, unused vouchers move to the surviving account by themselves. "
  "Also, please confirm the details in our previous e-mail so that we can go ahead."),
 # non-native: "I have did the consolidation", "is not anymore exist"
 ("merge_completed","As requested I have done the unification of both your profiles. Now AWS01234567 is the only one "
  "active and the other one (AWS07654321) is not existing anymore."),
 # the records "now together", and the case marked resolved
 ("merge_completed","Everything is now together under AWS01234567 and the old login no longer works, so I'm going to "
  "mark this case as resolved."),
 # "give us a yes" after a plan of labels
 ("merge_confirmation_requested","Here is how it would look:\n  Keeping: AWS01234567\n  Retiring: AWS07654321\n"
  "There's no way to separate them again afterwards. Give us a yes and we'll get started."),
 # "Are you happy for us to do exactly that?"
 ("merge_confirmation_requested","We'd fold AWS07654321 into AWS01234567 and keep AWS01234567 as your only ID; this "
  "can't be reversed. Are you happy for us to go ahead with that?"),
 # "we will proceed once we hear from you"
 ("merge_confirmation_requested","AWS07654321 and AWS06118354 would be combined as below:\n- both are folded into "
  "AWS01234567\n- AWS01234567 remains your only profile\nThis cannot be reversed, so we will proceed once we hear "
  "from you."),
 # machine-translated Japanese: "reply to let us know the above is correct"
 ("merge_confirmation_requested","アカウント AWS07654321 は AWS01234567 に結合され、AWS01234567 が残ります。この操作は元に戻す"
  "ことができません。上記が正しいかどうかを知らせるために、このケースに返信してください。"),
 # made into one: "…へ移し、ご登録をひとつにいたしました"
 ("merge_completed","本日、AWS07654321 の記録を AWS01234567 へ移し、ご登録を一つにいたしました。今後は AWS01234567 をご利用ください。"),
 # non-native "is finish already"
 ("merge_completed","The merge of your two account is complete already. Now all your certification are show in "
  "AWS01234567."),
 # started, not finished: "I've started the merge … still being transferred"
 ("support_reply","Thanks for confirming. I've started the merge: your exam history is copied, but the "
  "certifications of AWS07654321 are still being transferred to AWS01234567. I'll write again when it is done."),
 # a closure whose done merge is the ground ("Since … merged already …, we will now be closing this case")
 ("survey","Since your accounts were merged already on 13 October and we have not heard from you, we will now be "
  "closing this case 176215680000123. Was your issue resolved? YES / NO"),
 # the agent closing the case now ("I'll go ahead and close this case")
 ("survey","Good to hear AWS01234567 shows all four certifications now. We'll go ahead and resolve the case. Should "
  "something be missing later, a reply here reopens it."),
 # a wish is no statement: "We hope your certifications are now together"
 ("survey","Your case 176215680000123 has been closed. We hope your certifications are now together in one place! "
  "Tell us how we did: https://survey.example/s/9"),
 # round 56: a formal request ("ご承諾を確認いたしました後" is a step to come, not consent given)
 ("merge_confirmation_requested","下記のとおり統合を実施させていただきたく存じます。\n統合元: AWS07654321\n統合先: AWS01234567\n"
  "統合は取り消すことができかねます。ご承諾いただけます場合は、その旨をご返信ください。ご承諾を確認いたしました後、手続きを進めます。"),
 # the plan, then "Does that match what you had in mind? If so, just add a quick "yes" …"
 ("merge_confirmation_requested","What I'd do is fold AWS07654321 into AWS01234567; the old profile would then be "
  "retired for good. Does that match what you intended? If so, just add a quick \"yes\" to the case."),
 # thanks for confirming a fact (ownership), then the merge asked to be confirmed
 ("merge_confirmation_requested","Thank you for confirming that AWS06118354 is also yours. The plan: AWS07654321 and "
  "AWS06118354 will be merged into AWS01234567, which will remain; this cannot be undone. Please reply with your "
  "confirmation that the above is correct."),
 # machine-translated: "reply whether above content is no problem", "after receiving your reply"
 ("merge_confirmation_requested","Account to remain: AWS01234567. Account to be integrated (will become unusable): "
  "AWS07654321. Once merged it is not possible to return it to the original state. Could you tell us whether the "
  "above content is no problem? After receiving your reply, we will start."),
 # a closure done "now", the act in the future tense; its rating footer asks nothing else
 ("survey","As I have not heard back for 3 days after my last correspondence, I will go ahead and resolve this case "
  "now.\n\nWe value your feedback. Please share your experience by rating this correspondence."),
 # round 57: "If that all looks right, … add a short reply saying so", "aren't able to split them"
 ("merge_confirmation_requested","The plan:\n  Staying: AWS01234567\n  Going: AWS07654321\nEverything on the "
  "second will be folded into the first; we aren't able to separate them afterwards. If that all looks right, add a "
  "short reply saying so and I'll start."),
 # non-native "was realized with success", and the case closed with it: the completion
 ("merge_completed","We are glad to inform that the fusion of your accounts was realised with success: AWS07654321 "
  "is not active anymore and everything is in AWS01234567. We proceed to close this case."),
 # a closure whose merge was done "last week": the closure, its rating asked
 ("survey","As the merge of your accounts was done last week and we have no further question from you, case "
  "176215680000123 is now resolved and closed. Was your issue resolved? Please choose YES or NO."),
 # round 58: the done placed in an earlier case, granted before what is still open (Credly)
 ("support_reply","以前のお問い合わせ(ケース 173189292500288)の際に AWS01234567 への統合は完了しておりますが、Credly の"
  "バッジはまだ移っていないことを確認しました。現在、Credly の担当チームに移行を依頼しております。"),
 ("support_reply","Your profiles were merged under your previous case, but the badges on Credly have not followed yet. I "
  "have asked the Credly team to move them; this usually takes 3-5 business days."),
 # "no, nothing has been merged yet": denied, and the plan then laid out for your yes
 ("merge_confirmation_requested","To answer your question: no, none of the profiles have been merged yet. Before we do "
  "anything we need your agreement: AWS07654321 will be folded into AWS01234567, which remains. This is permanent. "
  "If that is right, reply \"I confirm\"."),
 # the ask with words between "tell me" and "whether", the direction with an address between the id and "into"
 ("merge_confirmation_requested","I can fold the second profile, AWS07654321 (hanako@old.example), into your main one, "
  "AWS01234567. There is no way back afterwards, so please tell me in your reply whether that is what you want."),
 # "Good to go?" after the plan
 ("merge_confirmation_requested","AWS01234567 remains. AWS07654321 goes into it and is closed. Can't be undone. "
  "OK to proceed?"),
 # an automatic reply with a reference, its promise worded with "you've"
 ("case_created","This automatic reply lets you know your message reached us.\n\nReference: 176215680000123\n\nSomeone "
  "from our team will read what you've written and reply to this address, normally within one business day."),
 # a closure worded "treating … as settled", its rating asked as "how well we looked after you"
 ("survey","We will now be treating your enquiry 176215680000123 as settled. If you can spare a minute, please tell us "
  "how well we looked after you: https://example.com/s"),
 # an agent's news of the merge "already" done, and the case closed with it: the completion
 ("merge_completed","We are pleased to inform you that your two certification accounts are already merged. Please sign "
  "in with AWS01234567 from now on; the other account was already deactivated. With this I will be closing the case."),
 # round 59: "confirm that you have access to it" asks of your state, not of the merge
 ("support_reply","The merge cannot be reversed now, but we can change the sign-in e-mail on AWS01234567. If you want "
  "that, please send the new address and confirm you can receive mail there."),
 # the approval asked of "the change set out above", with the plan and its warning
 ("merge_confirmation_requested","We can bring AWS07654321 and AWS01234567 together so that AWS01234567 becomes your "
  "only profile and AWS07654321 is retired; the retired profile cannot be restored. Please post a reply saying that "
  "you approve the change set out above."),
 # non-native "definitive", a green light asked
 ("merge_confirmation_requested","We propose: the profile AWS07654321 will be integrated in the profile AWS01234567. "
  "Note that this fusion is definitive. We need your green light before starting; simply answer \"yes\"."),
 # "閉鎖したアカウントは…できません" is a rule of any closed account, not a done; the approval asked as ご意向
 ("merge_confirmation_requested","AWS07654321 の内容を AWS01234567 へ移し、AWS07654321 は閉鎖する予定です。閉鎖した"
  "アカウントを元に戻すことはできません。この形で手続きを進めてよろしいか、ご意向をお聞かせいただけますでしょうか。"),
 # "All set!", then the kept id needed from today
 ("merge_completed","All set! From today you only need AWS01234567 to sign in; everything from AWS07654321 is listed "
  "there now."),
 # machine-translated ask for information over a rating footer signed in Japanese
 ("support_reply","あなたのリクエストを処理するために、次の情報を提供してください:\n1. もう一つのアカウントの ID\n"
  "2. どのアカウントを保持したいですか?\n\n山田\nアマゾン ウェブ サービス\n\n今回の対応を評価してください: https://example.com"),
 # a completion, then a choice about something else ("whether … or whether …")
 ("merge_completed","I am glad to say the merge has been completed: AWS07654321 is now part of AWS01234567. Separately, "
  "could you tell me whether you will still sit your exam next week, or whether you would rather move it?"),
 # a plan whose second step is "a completion notice in this case": no closure
 ("support_reply","ご返信ありがとうございます。これより統合のお手続きを進めます。(1) 担当部署で作業 (2) 作業完了後、本ケースにて"
  "完了のご報告 (3) Credly バッジの移行。完了しましたら改めてご連絡いたします。"),
 # round 60: the details to approve are still to be sent ("… and I will send you the plan to approve")
 ("support_reply","Merging profiles is permanent, so you may want to save your certificates from the old profile "
  "first. Reply once you have them and we will send you the merge summary for your approval."),
 # a yes asked to another change (the sign-in e-mail), its warning of something else that cannot be undone: the
 # desk's other matter, no merge case
 ("unrelated","You asked us to change the sign-in e-mail of AWS01234567. The old address will be removed and this "
  "change cannot be undone. If you want us to go ahead with the e-mail change, reply YES."),
 # a consent to copy into the reply
 ("merge_confirmation_requested","As this is permanent, I need it in writing. Please reply using this exact wording:\n"
  "\"I authorize AWS Training and Certification to merge AWS07654321 into AWS01234567.\""),
 # non-native "merge A to B", "can not recover"
 ("merge_confirmation_requested","We will merge AWS07654321 to account AWS01234567, AWS01234567 keep. After merge "
  "AWS07654321 can not recover, so please confirm again this information is correct."),
 # a closure "therefore" made, its rating asked of the correspondence
 ("survey","We have not heard from you, so I am therefore closing this case. Please take a moment to rate this "
  "correspondence; it helps us improve."),
 # round 61: your consent told as the ground of the news ("As per your confirmation, … is now done")
 ("merge_completed","As per your approval, kindly note the consolidation of your two certification accounts is now "
  "done from our side. Kindly login with AWS01234567 and verify that your certifications are reflecting."),
 # round 62: the accounts told by description, "rolled into the newer one", "Happy for me to go ahead?"
 ("merge_confirmation_requested","Before I do anything: the older profile gets folded into the current one you named, "
  "and the older one is then gone. There's no undoing it. Happy for me to go ahead?"),
 # "I can now confirm that … is fully merged into …" (a performative "can", not a possibility)
 ("merge_completed","The team re-ran the job today and I can now confirm that everything has been moved: AWS07654321 "
  "is fully merged into AWS01234567."),
 # an appointment "moved to" a date is no record moved
 ("support_reply","The exam appointment on AWS07654321 is still open (it was moved to May 12 rather than cancelled), so "
  "our back-office team is checking whether it can come across. Once the merge is complete we will tell you."),
 # non-native: "unify the account … inside the account", "answer to this email confirming us"
 ("merge_confirmation_requested","We propose to unify the account AWS07654321 inside the account AWS01234567, which "
  "will stay active. This action is not possible to revert. Could you answer to this email confirming us that you "
  "are agree?"),
 # non-native: "we have merge the accounts as you confirmed us", "already merge finish"
 ("merge_completed","We have merge the accounts as you confirmed us. From now AWS01234567 have all your "
  "certifications."),
 ("merge_completed","Your two account already merge finish. Now AWS01234567 have all certification."),
 # round 63: non-native "we have proceeded with the fusion", "is not anymore active"
 ("merge_completed","We have proceeded with the fusion of your two profiles. In this moment AWS01234567 contains all "
  "your certifications and the other profile is not anymore active."),
 # a closure judged to come first ("As the request is resolved and …"), then made: "I am going ahead and closing"
 ("survey","As the request is resolved and we have not heard from you, I am going ahead and closing this case. Kindly "
  "take a moment to rate my response."),
 # round 64: an acknowledgement whose promise is told as the desk's habit, or as a reply to follow
 ("case_created","Your request was filed with us under reference 11223344556. Our team typically handles requests like "
  "this within one business day."),
 ("case_created","Ref 11223344556 recorded. Response to follow within 48h."),
 # ... and one whose promise holds commas: "will check it and, as a rule, respond within a day"
 ("case_created","This automated note confirms your submission. Your reference number is 11223344556. Someone from our "
  "team will check it and, as a rule, respond within a day."),
 # round 64: the plan told of the accounts by what they are, asked as a question after the warning
 ("merge_confirmation_requested","I found AWS01234567 (your work e-mail) and AWS07654321 (your personal e-mail). My "
  "plan is to fold the work one into the personal one. This cannot be reversed, so before I start: is that right?"),
 # round 64: work handed on and a rating under the reply: the reply's footer, no survey
 ("support_reply","Thanks, that is everything I need. I have passed your request to the team that carries out the "
  "change and will write once they are done.\n\nHow did we do? https://x.example/rate"),
 # round 64: "1 つにまとめ終わりました" (finished putting into one)
 ("merge_completed","ご依頼の認定アカウントは 1 つにまとめ終わりました。今後は AWS01234567 でサインインしてください。"),
 # round 64: "well received your confirmation" (non-native thanks for a reply) over work handed on
 ("support_reply","Well received your reply, thank you. Now your request is submitted to our backend team, please "
  "wait patiently."),
 # round 64: a request received, told with the work on it under way with another team: a case going on
 ("support_reply","Kindly note we have received your request regarding your accounts and it is under processing now. "
  "We are verifying the details with the relevant team and will update you soon."),
 # round 64: the closure made now by the writer ("I will close this case now") with the footer's rating
 ("survey","As there was no further reply from you, I believe the issue is solved and I will close this case now.\n\n"
  "Please rate this correspondence by selecting the stars in the Support Center."),
 # round 64: which account to keep, asked with the details wanted: no request yet
 ("support_reply","I found AWS01234567 and AWS07654321 under your name. Before I raise the merge, kindly help me with "
  "the following details:\n1. Which of these would you like to keep?\n2. Do you still use the older e-mail?\n\nPlease "
  "note a merge cannot be reverted once done."),
 # round 65: the plan as rows, asked as "is this what you intend?"
 ("merge_confirmation_requested","Here is the change as I understand it:\n\n  Profile to retire: AWS07654321\n  Profile "
  "you keep: AWS01234567\n\nIs this what you intend? The two cannot be separated again afterwards."),
 # round 65: "ご意向に相違ございませんでしょうか" (does it match your intention?) over the plan's rows
 ("merge_confirmation_requested","以下のとおり対応する予定でございます。\n\n 統合元:AWS07654321\n 統合先:AWS01234567\n\n"
  "上記の内容でご意向に相違ございませんでしょうか。手続き後は元に戻すことはできかねます。"),
 # round 65: a yes asked to another change in the sentence that asks, the merge named elsewhere as not needed
 ("support_reply","A merge is not needed here. Could you please confirm with a Yes that you would like us to update "
  "the sign-in email of AWS01234567 to the new address?"),
 # round 65: a request told as handled ("actioned"), its next sentence showing the kept account from now on
 ("merge_completed","Your request has been actioned by our back-office team. Going forward you can sign in with your "
  "Gmail address and the account AWS01234567 will be showing all your certifications."),
 # round 65: an acknowledgement told as "what you sent … is with us" and a reference, no promise
 ("case_created","This is to let you know that what you submitted through our contact form is with us.\n\nRef. 11223344556"),
 # round 65: a closure made now by the writer's "going to", and one whose ground follows it ("because …")
 ("survey","As there has been no reply since my last message, I am going to close this case now."),
 ("survey","This is an automated notice. Case 11223344556 has been closed because we did not hear back within 7 days."
  "\n\nWas this case handled well? Yes / No"),
 # round 65: after the completion, a which-question about Credly's profiles is another matter
 ("merge_completed","The merge has been completed: AWS01234567 is now your only candidate ID. Would you also like us "
  "to ask Credly to combine your Credly profiles? If so, reply with the e-mail of the Credly profile you want to keep."),
 # round 65: an indented list item's wrapped text is one sentence ("once the\n  profiles are combined")
 ("support_reply","Before we move forward I need two things:\n\n- Please confirm the email address for notifications once the\n"
  "  profiles are combined (AWS01234567 or AWS07654321).\n- Do you still use the older address?"),
 # round 65: "after we have got your confirmation" is a condition to come, not consent given
 ("merge_confirmation_requested","Account which will stay: AWS01234567\nAccount merged into it and deleted: AWS07654321\n\n"
  "Are these details correct? If yes, please answer with \"I confirm\". After we have got your confirmation the merge "
  "will be done within 2-3 days."),
 # round 65: non-native, a perfect after "when" with a time to come: a plan, not done
 ("merge_confirmation_requested","Your account AWS07654321 will be merged to AWS01234567. After merged, it cannot be "
  "rollback. Could you please confirm to me that above is correct? When I received your confirmation, I have merged "
  "your accounts within 2 business days."),
 # round 65: a calque: "integrate the accounts", "can not be cancelled after it is executed", "whether it is no problem"
 ("merge_confirmation_requested","We will integrate the accounts as follows. Could you please check and reply to us "
  "whether it is no problem?\n\n[Account to be kept]\nAWS01234567\n\n[Account to be integrated and deleted]\nAWS07654321"
  "\n\nThe integration can not be cancelled after it is executed."),
 # round 66: an undo you asked for, refused with an apology: no request, though it names the kept account
 ("support_reply","I understand you would now like the account with your old address separated again. I am sorry, but "
  "a merge cannot be reversed, and we are not able to split the certifications back. We could change the sign-in "
  "e-mail of your primary account AWS01234567 instead."),
 # round 66: the plan as a table, the yes asked on the condition that every row is right
 ("merge_confirmation_requested","Please look over the table:\n\n  AWS01234567 | stays\n  AWS07654321 | moves across, "
  "then retired\n\nIf every row is right, write back \"looks good\" and I will carry it out. We cannot pull them apart again."),
 # round 66: an acknowledgement whose promise is "we will reach you"
 ("case_created","We have saved your request under reference 11223344556. It may take up to two business days, but we "
  "will reach you."),
 # round 66: "as per your confirmation, please find below the details" grounds the plan, it tells no consent
 ("merge_confirmation_requested","As per your confirmation, please find below details of the merge:\n\nPrimary account "
  "(to be retained): AWS01234567\nSecondary account (to be merged): AWS07654321\n\nOnce merged it cannot be reverted. "
  "Kindly reply \"I confirm\" if all details are correct."),
 # round 66: a closure made now, its ground before it; a benefit listed after a consequence drawn
 ("survey","As no further action is needed from our side, I will close this case."),
 ("support_reply","Benefits are tied to the candidate record, so the discount you earned on AWS07654321 is now listed "
  "under Benefits on AWS01234567."),
 # round 66: "received and registered under case …"; the request transferred to a team; "in the queue with our team"
 ("case_created","Your request to merge your accounts has been received and registered under case 11223344556. This "
  "is an automated message."),
 ("support_reply","Merges are handled by our operations specialists, so I've transferred your request over to them."),
 ("support_reply","A quick update: your request to fold AWS07654321 into AWS01234567 is in the queue with our back-end "
  "team, and you should hear from us next week."),
 # round 67: a yes asked to the question before it, about a voucher: no request
 ("support_reply","Before we start: AWS07654321 holds an unused voucher. Would you like us to reissue that voucher on "
  "your remaining profile AWS01234567? Please reply \"yes\" and we will arrange it."),
 # round 67: the plan read back, its yes asked as "if that matches what you have in mind, … saying so"
 ("merge_confirmation_requested","Here is your request as I read it:\n\n  - stays: AWS01234567\n  - goes away: AWS07654321"
  "\n\nThere is no way to reverse this. If that matches what you have in mind, just add a correspondence saying so."),
 # round 67: 'I need a clear "yes" from you'; non-native 'I need that you will write me "I confirm"'
 ("merge_confirmation_requested","AWS01234567 carries on; AWS07654321 disappears afterwards. I need a clear \"yes\" from "
  "you, because the change is permanent and cannot be rolled back."),
 ("merge_confirmation_requested","AWS07654321 - goes into the other account and is closing\nAWS01234567 - stays\n\nAfter "
  "we do it there is no way back. I need that you will write me \"I confirm\" in a reply."),
 # round 67: an id asked only if what is told is wrong does not keep the request from being one
 ("merge_confirmation_requested","統合元:AWS07654321\n統合先:AWS01234567\n\n統合後は元に戻せません。この内容で進めてよろしければ"
  "「同意します」とご返信ください。内容に誤りがある場合は、正しい候補者 ID をお知らせください。"),
 # round 67: a request raised with Credly is no case opened
 ("support_reply","We have raised a request with Credly to transfer these badges to your other Credly profile. Kindly "
  "allow 5-7 business days."),
]


@pytest.mark.parametrize("kind, body", CASES)
def test_wording(kind, body):
    verdict = classify(parse(mail("variant", subject=SUBJECT, body=body, at=T0).raw))
    assert verdict.kind == kind, "\n".join(verdict.reasons)


def test_a_request_whose_ask_went_unread_is_a_request_with_doubt():
    # which account stays, and that it cannot be undone, but the ask is in words no reading knows
    body = ("Account that remains: AWS01234567\nAccount folded into it: AWS07654321\n\nThis is permanent. "
            "We shall hold the ticket until we hear from you on the above.")
    verdict = classify(parse(mail("variant", subject=SUBJECT, body=body, at=T0).raw))
    assert verdict.kind == "merge_confirmation_requested" and not verdict.certain, "\n".join(verdict.reasons)
    assert verdict.doubts == ("no ask to confirm was read in it",)
    # ... but after thanks for your confirmation, the same shape tells what comes next
    body = "Thank you for confirming. " + body.replace("We shall hold the ticket until we hear from you on the above.",
                                                      "We are passing it to the team now.")
    verdict = classify(parse(mail("variant", subject=SUBJECT, body=body, at=T0).raw))
    assert verdict.kind == "support_reply", "\n".join(verdict.reasons)


@pytest.mark.parametrize("body", [
    "Hello,\nGentle reminder: could you please confirm the details in our earlier email so that we can go ahead?\n\n"
    "Regards,\nAWS Training and Certification\n\n> Please confirm: AWS07654321 will be merged into AWS01234567.\n"
    "> This cannot be undone.\n",
    "先日ご案内した下記の統合内容について、差し支えなければご返信ください。\n\n"
    "-----Original Message-----\n統合先: AWS01234567\n統合元: AWS07654321\n上記でよろしければご返信ください。\n",
])
def test_a_request_asked_again_points_to_the_one_below_and_is_read_with_doubt(body):
    """A reminder that asks to confirm "the details below" is a confirmation
    request whose accounts are not in its own text: read as one, never as
    certain (no draft goes out on it until you look)."""
    verdict = classify(parse(mail("again", subject=SUBJECT, body=body, at=T0).raw))
    assert verdict.kind == "merge_confirmation_requested" and not verdict.certain, "\n".join(verdict.reasons)
    # With no request below it, an ask to confirm the earlier mail is a plain support reply.
    alone = body.split("\n\n")[0]
    assert classify(parse(mail("alone", subject=SUBJECT, body=alone, at=T0).raw)).kind == "support_reply"


def test_a_merge_to_confirm_with_which_account_stays_asked_with_it_is_a_request_with_doubt():
    """"Confirm which profile stays … [Confirm merge]": the merge itself is to be
    confirmed, so a request; which account stays is asked with it, so never
    certain (nothing is drafted on it).  Asked alone, which account to keep is
    a support reply, and the agent's own "before we can confirm the merge" asks
    nothing."""
    body = ("To finish your account merge, tell us which profile you want to retain and approve the merge "
            "on the page below. The merge is permanent.")
    verdict = classify(parse(mail("which", subject=SUBJECT, body=body, at=T0).raw))
    assert verdict.kind == "merge_confirmation_requested" and not verdict.certain, "\n".join(verdict.reasons)
    body = "Before we can confirm the merge, could you tell us which of the two profiles you want to retain?"
    assert classify(parse(mail("which", subject=SUBJECT, body=body, at=T0).raw)).kind == "support_reply"



@pytest.mark.parametrize("body", [
    "Just to be safe, could you confirm this arrangement before we do anything?\n\n  Stays active: AWS01234567\n"
    "  Folded in and shut: AWS07654321\n\nIf that's backwards, which ID should remain?",
    "前回のお返事だけでは、どちらを残すご希望なのか読み取れませんでしたので、改めて確認させてください。\n\n"
    "存続: AWS01234567\n閉鎖: AWS07654321\n\nこの形で進めてよろしいでしょうか。",
])
def test_a_plan_laid_out_to_confirm_while_which_stays_is_asked_is_a_request_with_doubt(body):
    """The plan to confirm is laid out (one id kept, the other merged) and which
    account stays is asked beside it (as the alternative, or as what was
    unclear): a request, never certain, so nothing is drafted until you look."""
    verdict = classify(parse(mail("plan", subject=SUBJECT, body=body, at=T0).raw))
    assert verdict.kind == "merge_confirmation_requested" and not verdict.certain, "\n".join(verdict.reasons)
    assert "it also asks which account to keep" in verdict.doubts


def test_a_status_update_asks_nothing():
    body = ("Thank you for your reply. I have forwarded your confirmation to our internal team, "
            "who will process the account merge within 3-5 business days.")
    assert not classify(parse(mail("variant", subject=SUBJECT, body=body, at=T0).raw)).asks_user


CR='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'
DESK = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
LOOK_ALIKES_AND_SENDERS = [
 # The T&C desk on other matters: one account named, kept or signed in to, is no merge.
 ("unrelated", DESK, "RE:[CASE 177306964400193] [AWS Training and Certification Form Submission] - account-assistance",
  "Hi Daniel,\nThanks for the copy of your passport. I've corrected the registered name on AWS31175920; new PDF "
  "certificates can be downloaded now. I'll close this case.\nKind regards,\nSofia"),
 ("unrelated", DESK, "RE:[CASE 175389133102045] [AWS Training and Certification Form Submission] - other",
  "Hello,\nYour certification on AWS81162035 is active until 2028, so your exam discount benefit applies. Sign in to "
  "AWS81162035 to request it.\nBest regards"),
 # "for example" is no exam: AWS accounts (not certification accounts) to merge.
 ("unrelated", '"Amazon Web Services" <no-reply-aws@amazon.com>', "RE:[CASE 176999999912346] Combine two AWS accounts",
  "Hello,\nTwo AWS accounts cannot be merged. You can, for example, move resources with AWS Organizations and close the "
  "other account.\nBest regards,\nAmazon Web Services"),
 ("unrelated", '"Amazon Web Services" <no-reply-aws@amazon.com>', "RE:[CASE 176999999912345] Merge two AWS accounts into one organization",
  "Hello, regarding merging your AWS accounts: you can invite the second account into your AWS Organization and use consolidated billing. Best regards, Amazon Web Services"),
 ("unrelated", '"Microsoft via Credly" <admin@credly.com>', "You've earned a badge from Microsoft", "Microsoft has issued you a new badge: Azure Fundamentals. Accept your badge."),
 ("credly_badge_issued", CR, "Amazon Web Services Training and Certification has sent you a badge", "Congratulations! Accept your badge: AWS Certified Cloud Practitioner."),
 ("credly_badge_issued", CR, "バッジが発行されました", "Amazon Web Services Training and Certification から AWS Certified Developer - Associate のバッジが発行されました。バッジを受け取る"),
 # A reminder of a badge of these weeks, or of no told time, is one ready to accept; one of years ago is not.
 # (T0, the mails' date, is in 2025.)
 ("credly_badge_issued", CR, "Reminder: accept your badge", "Amazon Web Services Training and Certification issued you the "
  "AWS Certified Developer - Associate badge 9 days ago. Accept it to show it on your profile."),
 ("unrelated", CR, "Reminder: accept your badge", "Amazon Web Services Training and Certification issued you the "
  "AWS Certified Developer - Associate badge on March 3, 2021 and it is still waiting."),
 ("credly_badge_issued", CR, "A badge is still waiting for you", "Hi Ana, Amazon Web Services Training and Certification "
  "sent you the AWS Certified Solutions Architect - Associate badge and it has not been accepted yet. Claim it here."),
 ("credly_badge_issued", CR, "【お知らせ】バッジがまだ受け取られていません", "Amazon Web Services Training and Certification から "
  "発行された AWS Certified Cloud Practitioner のバッジが、まだ受け取られていません。こちらから受け取ってください。"),
 # A date after the mail's own is a deadline to accept by, no time of issue (T0 is 2025-11-03).
 ("credly_badge_issued", CR, "Reminder: accept your badge by 30 November 2025", "Amazon Web Services Training and Certification "
  "sent you the AWS Certified Developer - Associate badge. Accept it by 30 November 2025 to add it to your profile."),
 ("credly_badge_issued", CR, "バッジの受け取り期限のお知らせ", "Amazon Web Services Training and Certification から発行された"
  "バッジがまだ受け取られていません。2025年11月20日までに受け取ってください。"),
 ("unrelated", CR, "Reminder: your badge is pending", "Amazon Web Services Training and Certification issued you the "
  "AWS Certified Cloud Practitioner badge, which you earned in 2021. It is still pending: accept it to share it."),
 ("credly_badge_issued", CR, "Your badges are ready to accept", "Amazon Web Services Training and Certification: "
  "2 badges were moved to this e-mail. Pending badges are not visible until you accept them."),
 ("unrelated", CR, "Your AWS Certified Developer - Associate badge expires soon", "Your badge will expire on 1 December 2025. Recertify to keep it."),
 # Credly's other words for a badge: credentials, デジタル認定証
 ("credly_badge_issued", CR, "Lena, 2 new credentials are waiting", "Amazon Web Services Training and Certification "
  "has sent these credentials to this address: AWS Certified Cloud Practitioner, AWS Certified Developer - Associate."),
 ("credly_badge_issued", CR, "デジタル認定証を受け取りましょう", "Amazon Web Services Training and Certification から"
  "デジタル認定証が届いています。AWS Certified Cloud Practitioner"),
 # badges still to earn, in Credly's marketing, are no badge given
 ("unrelated", CR, "New this month on Credly", "Explore the badges waiting to be earned: Amazon Web Services Training "
  "and Certification has added new courses with badges you can earn."),
 # the offer to accept a new badge runs out: no badge expiring
 ("credly_badge_issued", CR, "Your AWS badge is ready - accept it before it expires", "Amazon Web Services Training and "
  "Certification has issued you the AWS Certified Developer - Associate badge. Accept your badge."),
 ("credly_badge_issued", CR, "You earned the AWS Certified Developer - Associate badge", "Congratulations! Accept your badge.\nIssued: 2 June 2025\nExpires: 2 June 2028"),
 ("credly_badge_issued", CR, "Congratulations! You've earned a new badge",
  "You earned AWS Certified Cloud Practitioner from AWS Training and Certification.\nTip: merge duplicate Credly accounts under Settings."),
 ("credly_badge_issued", CR, "Your badges are now on this account",
  "After the merge of your AWS Certification accounts, we transferred 2 badges from AWS Training and Certification to this Credly account."),
 ("credly_badge_issued", CR, "バッジの移行について", "AWS Training and Certification のバッジ 2 件を、こちらの Credly アカウントへ移行しました。"),
 # the AWS accounts' merge, told as the cause of a badge issued to a Credly account, is no Credly merge of its own
 ("credly_badge_issued", CR, "新しいバッジが発行されました", "AWS 認定アカウントの統合により、Amazon Web Services Training and "
  "Certification から AWS Certified Cloud Practitioner のバッジが Credly アカウントに発行されました。受け取ってください。"),
 ("survey", '"Amazon Web Services" <no-reply-aws@amazon.com>', "ケース 176215680000123 はクローズされました",
  "ケース 176215680000123 はクローズされました。アンケートにご協力ください。\n\nAWS トレーニングと認定\nアマゾン ウェブ サービス ジャパン合同会社"),
 ("unrelated", CR, "Don't forget your badge",
  "AWS Training and Certification issued you a badge last year that you have not yet accepted. Accept your badge to share it."),
 ("unrelated", CR, "Reminder from Credly", "Your AWS Certified Developer - Associate badge, which you earned in 2022, has expired. Recertify to earn it again."),
 ("unrelated", '"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>', "Your monthly certification news",
  "Two certification accounts? Ask support to merge them so your benefits stay together.\nUnsubscribe from these e-mails."),
 ("unrelated", '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
  "RE:[CASE 176215680000999] [AWS Training and Certification Form Submission] - benefits",
  "Thank you for contacting AWS Training and Certification. Your 50% exam discount is now listed in your account; it applies when you book your next exam."),
 # "1つにまとめたい" in the user's subject is the merge topic.
 ("merge_completed", '"Amazon Web Services" <no-reply-aws@amazon.com>', "RE:[CASE 176215680000779] 認定アカウントを1つにまとめたい",
  "中村 様\n\nご同意いただいた内容のとおり、作業を終えました。旧アカウント AWS07654321 は本日付で閉鎖しております。"),
 # Acknowledgements: "received your AWS … inquiry" in the subject; "you'll hear from a real person".
 ("case_created", DESK, "[CASE 176215680000780] We've received your AWS Training and Certification inquiry",
  "Hello Marco,\nThanks for reaching out. A member of our team will review it; please don't send the form again."),
 ("case_created", DESK, "[CASE 176215680000781] [AWS Training and Certification Form Submission] - account-assistance",
  "We've got it. Your message reached us and now has the reference 176215680000781. You'll normally hear from a real "
  "person within one business day."),
 # A policy in a footer about duplicate submissions is no merge done.
 ("case_created", DESK, "[CASE 176215680000782] We've received your request",
  "Your request is in our queue. Please avoid submitting the form again: duplicate submissions are merged into the "
  "oldest one."),
 # An acknowledgement's subject in the simple past.
 ("case_created", DESK, "[CASE 176215680000778] We received your message",
  "Hi Ana,\nThanks for writing in. A ticket is open with our support desk and nothing else is needed from you now."),
 # An acknowledgement's subject in Japanese.
 ("case_created", DESK, "[CASE 176215680000777] ご依頼を承りました - AWS トレーニングと認定",
  "山田 様\n\nご連絡いただきありがとうございます。内容を確認のうえ、担当者より改めてご連絡いたします。ご不明な点はこのメールにご返信ください。"),
 # Badges told by where they are now, after the merge.
 ("credly_badge_issued", CR, "An update on your AWS badges",
  "Hello Ana,\nNow that your AWS Certification profiles are one, your three badges from Amazon Web Services Training "
  "and Certification now sit in this Credly account.\n\nManage e-mail preferences: https://www.credly.com/settings"),
 # A badge's expiry in other words: it lapses, and will show as expired.
 ("unrelated", CR, "Your AWS Certified Developer badge lapses in 20 days",
  "Hi Ana,\nYour AWS Certified Developer - Associate badge, issued on May 2, 2023, lapses on May 2, 2026. To keep it "
  "active, recertify before then; afterwards it will show as expired on your profile."),
 ("unrelated", '"Credly" <no-reply@credly.com>', "Complete your account merge", "Use this code 482913 to verify and complete the account merge of your Credly accounts."),
 ("unrelated", '"AWS Certification" <do-not-reply@certmetrics.com>', "Your AWS Certification account", "Please verify your email address for your AWS Certification account AWS01234567."),
 ("unrelated", '"Amazon Web Services" <no-reply-aws@amazon.com>', "Amazon Web Services: You have opened a new Support case: 177666106600815",
  "Thank you for contacting Amazon Web Services. We have opened case 177666106600815 to address your issue.\nSubject: Service quota increase for EC2 instances\nSeverity: General guidance"),
 ("case_created", '"Amazon Web Services" <no-reply-aws@amazon.com>', "Amazon Web Services: You have opened a new Support case: 177666106600816",
  "Thank you for contacting Amazon Web Services. We have opened case 177666106600816 to address your issue.\nSubject: Merge my two AWS Certification accounts\nSeverity: General guidance"),
 # An answer promised by the next business day is the acknowledgement's promise; "you can tell us more by
 # replying" (お知らせいただけます) offers, it does not ask.
 ("case_created", DESK, "ケース番号 176215680000778 のご案内",
  "中村 様\n\nお問い合わせはケース番号 176215680000778 として登録いたしました。翌営業日中に担当者よりご返答いたします。\n"
  "追加の情報は、このメールにご返信いただくことでお知らせいただけます。\n\n統合希望の受験者 ID: AWS01234567, AWS07654321"),
 ("case_created", DESK, "ケース番号 176215680000780 のご案内",
  "中村 様\n\nお問い合わせはケース番号 176215680000780 として登録いたしました。内容を確認のうえ、担当者よりご連絡いたします。\n"
  "補足がございましたら、このメールへのご返信でお知らせいただけます。"),
 # Another topic named only to send you to someone else for it is not what the mail is about; an aim to
 # answer within a time is a promise of an answer.
 ("case_created", DESK, "[CASE 176215680000781] お問い合わせありがとうございます",
  "受付番号 176215680000781 でご依頼を承っております。担当者より 2 営業日以内にご連絡いたします。\n"
  "なお、バウチャーの返金についてはご購入先へ直接お問い合わせください。"),
 ("case_created", DESK, "Re: [CASE 176215680000782]",
  "Hello,\n\nYour message has been given reference number 176215680000782. Our specialists aim to get back to you "
  "within two business days.\n\nQuestions about an exam result? Please reach out to Pearson VUE directly."),
 # The request said to have reached the desk, and an answer promised: the acknowledgement; the user's own words
 # it copies ("I was told the merge was completed") are not the desk's, but their accounts are the case's.
 ("case_created", DESK, "[CASE 176215680000783] AWS Training and Certification",
  "Hi Ana,\n\nJust a note that your enquiry has reached us. One of our specialists will come back to you by e-mail.\n\n"
  "A copy of your submission below:\n-----\nDescription: Support said the merge was completed, but AWS07654321 still "
  "works. Please merge it into AWS01234567.\n-----\n"),
 ("case_created", DESK, "[CASE 176215680000784] お問い合わせについて",
  "ご連絡いただいた内容を確かに受領いたしました。担当チームで拝見し、折り返しご連絡いたします。"),
 # A reply keeps the acknowledgement's subject: its own text says what it is.
 ("merge_completed", DESK, "Re: [CASE 176215680000785] Your case has been created",
  "Hello,\nAs agreed, AWS07654321 has been merged into AWS01234567. Please sign in with AWS01234567 from now on."),
 ("merge_confirmation_requested", DESK, "返信: [CASE 176215680000786] お問い合わせを受け付けました",
  "統合先: AWS01234567\n統合元: AWS07654321\n統合は元に戻せません。この内容でよろしいかご返信ください。"),
 ("case_created", DESK, "[CASE 176215680000787] AWS Training and Certification Form Submission",
  "Hello,\nYour form reached the certification support desk and carries the reference 176215680000787. A colleague "
  "will reply to this e-mail in one or two days."),
 ("case_created", DESK, "[CASE 176215680000779] We have your request",
  "Hello Ana,\n\nYour request about your certification accounts has been logged as case 176215680000779. A member of "
  "the team will answer by the next business day. Please include any screenshots in your reply to this email."),
]


# A group's copy of the completion ("'Amazon Web Services' via Certs"): read for what it carries (it fails
# verification), though it names no id: records said to be merged are the merge.
LOOK_ALIKES_AND_SENDERS += [
 # a console acknowledgement that tells the request is in the system and no one reads this address
 ("case_created", '"Amazon Web Services" <no-reply-aws@amazon.com>', "Amazon Web Services: Request 176215680000123 - details recorded",
  "Hello,\n\nYour request is now in our system. Here are the details we recorded:\n\nCase ID: 176215680000123\n"
  "Subject: Certification - two candidate IDs, want one\n\nThis mailbox does not accept incoming mail, so please use the "
  "Support Center.\n"),
 # the Japanese console template with 開始
 ("case_created", '"Amazon Web Services" <no-reply-aws@amazon.com>', "Amazon Web Services: 新しいサポートケースが開始されました: 176215680000123",
  "お客様の問題に対応するため、ケース 176215680000123 を開始しました。\n\nケースの詳細:\n件名: 認定アカウントを統合したい\n\n"
  "※このメールは送信専用のアドレスからお送りしています。\n"),
 # a closure whose done is given as known ("Since …"), with its rating: the survey
 ("survey", '"Amazon Web Services" <no-reply-aws@amazon.com>', "Amazon Web Services: Support case 176215680000123 has been resolved",
  "Hello,\n\nSince your certification profiles have now been combined, we have resolved case 176215680000123.\n\n"
  "Was your issue resolved?  Yes / No\n"),
 # a closure whose only ask is for a case to come ("14 日を過ぎた場合は…お知らせください")
 ("survey", '"Amazon Web Services" <no-reply-aws@amazon.com>', "[ケース 176215680000123] ケースは解決済みになりました",
  "ケース 176215680000123 は解決済みとしてクローズされました。\n\n件名: 認定アカウントの統合のお願い\n\n"
  "14 日を過ぎた場合は、新しいケースを作成し、本ケースの ID をお知らせください。\n"),
]
LOOK_ALIKES_AND_SENDERS += [
 # acknowledgements in other words: a receipt acknowledged and an identifier; registered with us; opened case …;
 # a translated Japanese one (リクエスト…届きました, ケース番号は…です, 返答します)
 ("case_created", '"Amazon Web Services" <no-reply-aws@amazon.com>', "Amazon Web Services: Acknowledgement of support inquiry 10894467213",
  "This communication acknowledges receipt of the inquiry you submitted.\n\nIdentifier: 10894467213\nSubject: "
  "Consolidation of duplicate certification records\n\nFurther information regarding this matter may be furnished through "
  "the link below.\n\n*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"),
 ("case_created", '"Amazon Web Services" <no-reply-aws@amazon.com>', "Amazon Web Services: Your support request 176215680000123 is registered",
  "Your request is now registered with us under the number below.\n\nCase ID: 176215680000123\nSubject: Merge my two "
  "certification accounts\n\n*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"),
 ("case_created", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
  "RE: Request to merge my certification accounts [CASE 176215680000123]",
  "Thank you for your email. This automatic response confirms that we received it and opened case 176215680000123. "
  "A specialist will reply to you within 24 hours.\n"),
 ("case_created", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
  "[CASE 176215680000123] 私たちはあなたのリクエストを受け取りました",
  "認定アカウントの統合についてのあなたのリクエストは私たちに届きました。あなたのケース番号は 176215680000123 です。"
  "私たちのチームのメンバーが、24 時間以内にあなたに返答します。\n"),
]
LOOK_ALIKES_AND_SENDERS += [
 # an acknowledgement that tries to reply within a day; a Japanese one whose answer is "差し上げ"-ed; a reopen notice
 ("case_created", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
  "[CASE 176215680000123] [AWS Training and Certification Form Submission] - account-assistance",
  "Thanks for writing in about your two certification accounts - your request now has its own case number:\n"
  "176215680000123\n\nWe try to reply within a day.\n"),
 ("case_created", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
  "[CASE 176215680000123] [AWS Training and Certification Form Submission] - account-assistance",
  "お送りいただいた認定アカウントの統合のご依頼は、下記の受付番号にて登録されました。担当者が 24 時間以内にご返答を差し上げます。"
  "\n\n受付番号: 176215680000123\n"),
 ("support_reply", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
  "[CASE 176215680000123] お問い合わせを再オープンしました",
  "認定アカウントの統合のお問い合わせ番号 176215680000123 について、ご返信を受け付けましたため、本件を再オープンいたしました。"
  "担当者が内容を確認のうえ、改めてご連絡いたします。\n"),
]
LOOK_ALIKES_AND_SENDERS += [
 # acknowledgements: "received your … request (Case …)", "should write back", a translated one
 ("case_created", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
  "[CASE 176215680000123] Thanks for contacting AWS Training and Certification",
  "Thanks! We've received your AWS Training & Certification request (Case 176215680000123) about merging two "
  "certification accounts. One of our specialists "
  "will get back to you within 24 hours.\n"),
 ("case_created", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
  "[CASE 176215680000123] Thanks - your message is with us",
  "This is an automatic note to say your message about merging your certification accounts made it to us. Your "
  "reference is 176215680000123. Somebody from our team should write back within a working day.\n"),
 ("case_created", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
  "[CASE 176215680000123] あなたの要求が受信されました",
  "私たちは認定アカウントの統合についてのあなたの要求を受け取り、それに番号 176215680000123 を割り当てました。私たちのチームの"
  "メンバーは、24時間以内にあなたに応答します。\n"),
]
# Round 53's readings (sets 208-215), each in other words than the mail that showed it missing:
LOOK_ALIKES_AND_SENDERS += [
 # an acknowledgement whose promise is "usually picks these up", the request having "landed with us"
 ("case_created", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', "[CASE 176215680000123] We have your question",
  "Your question about two certification profiles has landed with us and has been given the reference number "
  "176215680000123. A colleague usually picks these up within two working days.\n"),
 # a console acknowledgement's row "Opened: case …"
 ("case_created", '"Amazon Web Services" <no-reply-aws@amazon.com>', "Amazon Web Services: Support case 7219034455",
  "Opened: case 7219034455.\nSubject: Combine my certification profiles\n\nSomeone will follow up in the Support "
  "Center.\n\nDo not reply to this message.\n"),
 # "safely with us", and an answer promised "from one of the team"
 ("case_created", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', "[CASE 176215680000123] Thanks for writing to us",
  "Just a short note: your request is safely with us under reference 176215680000123. You will hear from one of "
  "the team within a working day.\n"),
 # machine-translated Japanese: "registered in the system", "a case number was assigned", "will return to you"
 ("case_created", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', "[CASE 176215680000123] あなたのリクエストが受信されました",
  "あなたのお問い合わせは私たちのシステムに登録されており、ケース番号 176215680000123 が割り当てられました。チームの"
  "メンバーが、2営業日以内にお客様に戻ってきます。\n"),
]
# Round 54's readings (sets 216-223), in other words:
LOOK_ALIKES_AND_SENDERS += [
 # an acknowledgement told by its subject alone: "Received: your … request", "Support request … logged"
 ("case_created", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', "Received: your AWS Certification question (7041188253)",
  "Thanks.\n\nReference 7041188253\n\nWe aim to answer within a working day.\n"),
 ("case_created", '"Amazon Web Services" <no-reply-aws@amazon.com>',
  "Amazon Web Services: Support case 174157006900412 opened - combine two certification profiles",
  "Summary:\n- Case: 174157006900412\n- Queue: Training and Certification\n\nTo speed things up, add the sign-in "
  "e-mail of each profile as a comment in the Support Center.\n\nThis e-mail address cannot receive replies.\n"),
 # a note added to a case that exists is no case opened
 ("support_reply", '"Amazon Web Services" <no-reply-aws@amazon.com>', "[Case 12894407316] Update",
  "A new comment has been added to service request 12894407316 (merge of my certification accounts). You can read "
  "it in the Support Center.\n\nThis notification is generated automatically.\n"),
]
# Round 55's readings (sets 224-231), in other words:
LOOK_ALIKES_AND_SENDERS += [
 # a console acknowledgement whose subject says the case was made ("ケースを作りました"), or is new
 ("case_created", '"Amazon Web Services" <no-reply-aws@amazon.com>', "Amazon Web Services: ケースを作りました: 174157449702264",
  "ケース ID: 174157449702264\n件名: 認定アカウントを一つにしたい\n\nサポートセンターから情報を追加できます。\n"),
 # "お問い合わせの内容が…届きました" and an answer promised
 ("case_created", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', "[CASE 176215680000123] [AWS Training and Certification Form Submission] - account-assistance",
  "お問い合わせの内容が担当窓口に届いております。担当者より順次ご連絡を差し上げます。\n\nケース番号 176215680000123\n"),
 # a row "Case: …" of its own, and a reply promised
 ("case_created", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', "[CASE 176215680000123] Thanks for writing in",
  "Thanks, we have it.\n\nCase: 176215680000123\nTopic: Certification / merging profiles\n\nWe aim to reply within "
  "one working day.\n"),
 # Credly's weekly digest: its footer's "because a badge was issued" issues none
 ("unrelated", '"Credly" <admin@credly.com>', "Your badges this week",
  "Your AWS Certified Cloud Practitioner badge was viewed 6 times.\n\nYou are receiving this email because a badge was "
  "issued to this address.\n"),
 # Credly: "has given you the … badge"
 ("credly_badge_issued", '"Credly" <admin@credly.com>', "A new badge for you",
  "Amazon Web Services Training and Certification has given you the AWS Certified Solutions Architect - Associate "
  "badge. Add it to your profile: https://www.credly.com/badges/x/accept\n"),
]
# Round 56's readings (sets 232-239), in other words:
LOOK_ALIKES_AND_SENDERS += [
 # an acknowledgement whose "may require further information" is told, not asked
 ("case_created", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', "[CASE 176215680000123] Acknowledgement of your enquiry",
  "We confirm that your enquiry has been received and recorded under reference number 176215680000123. We "
  "endeavour to respond within one business day. Please note that we may require\n    further information to "
  "establish your identity before any action is taken.\n"),
 # "your request is in", "Ref: …", "Expect a reply …"
 ("case_created", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', "[CASE 176215680000123] [AWS Training and Certification Form Submission] - account-assistance",
  "Thanks - your request is in.\n\nRef: 176215680000123\n\nExpect a reply from the team within a working day.\n"),
 # Credly: a credential "is ready"
 ("credly_badge_issued", '"Credly" <admin@credly.com>', "Your credential is ready",
  "Your new credential from Amazon Web Services Training and Certification is ready: AWS Certified Developer - "
  "Associate. Accept it here: https://www.credly.com/badges/x/accept\n"),
 # a Japanese reopen notice ("再度オープンされました") is no acknowledgement
 ("support_reply", '"Amazon Web Services" <no-reply-aws@amazon.com>', "Amazon Web Services: ケース 176516205060218 が再度オープンされました",
  "お客様からのご返信を受け付けたため、ケース 176516205060218 は再度オープンされました。担当者より改めてご連絡いたします。\n"
  "件名: 認定アカウントの統合\n"),
]
LOOK_ALIKES_AND_SENDERS += [
    # round 63: terse and legal acknowledgements ("Case … is logged.", "Reference: Case …", "Expected first response")
    ("case_created", '"Amazon Web Services" <no-reply-aws@amazon.com>', "[Case 176215680000798] Logged: two cert accounts",
     "Case 176215680000798 is logged.\nService: Training and Certification\nWe'll answer in the Support Center."),
    ("case_created", DESK, "[CASE 176215680000799] received",
     "Case 176215680000799 received.\nCategory: Certification / Account Merge\nExpected first response: within 24 hours"),
    ("case_created", DESK, "[CASE 7290364815] Acknowledgement of Receipt",
     "Reference: Case 7290364815\nThis message acknowledges receipt of your request. A member of the team will contact "
     "you at the e-mail address provided."),
    # a reply received on the case is no case opened: "your reply to case … has been received"
    ("support_reply", DESK, "RE:[CASE 176215680000800] Request received",
     "This is an automated confirmation that your reply to case 176215680000800 has been received and added to the case "
     "history. The specialist assigned to your case will get back to you."),
    # a certificate's own verification code is no Credly account merge
    ("credly_badge_issued", '"Credly" <admin@credly.com>', "Ready when you are: AWS Certified Developer - Associate",
     "Your AWS Certified Developer - Associate badge, issued by AWS Training and Certification, is ready to be claimed. "
     "Verification code on your certificate: 7QK2MZ9RXH4PLT3W."),
    # round 62: "popped into our queue as case …, a real person will be along shortly"; "assigned the following
    # number"; "allow up to 24 hours for an associate"; a reopen notice is no opening
    ("case_created", DESK, "Got it! Case 176215680000794",
     "Thanks! We've put your note into our queue as case 176215680000794, and someone will be along shortly."),
    ("case_created", DESK, "Confirmation of your inquiry 176215680000795",
     "This automated message confirms receipt of your inquiry. It has been assigned the following number: "
     "176215680000795. An associate will look at what you sent and follow up by e-mail."),
    ("case_created", DESK, "[CASE 176215680000796] [AWS Training and Certification Form Submission] - account-assistance",
     "Your request was received today and logged as case 176215680000796. Please allow up to 24 hours for an "
     "associate to review it."),
    ("support_reply", DESK, "[CASE 176215680000797] Your case has been reopened",
     "We received your e-mail about case 176215680000797, which had been resolved, so the case has been reopened and "
     "placed back in our queue. A member of the team will reply within 1-2 business days."),
    # round 61: the T&C desk asking a yes to another matter you asked for (a benefit moved, your sign-in e-mail)
    ("support_reply", DESK, SUBJECT,
     "You asked us to transfer your unused exam voucher from AWS07654321 to AWS01234567. A voucher can be transferred "
     "only once and cannot be moved back. Please reply YES to confirm and I will transfer it."),
    ("unrelated", DESK, SUBJECT,
     "You asked us to change the sign-in e-mail on your certification account AWS01234567. We cannot undo the change "
     "once made. If the new address is right, please reply \"Yes\"."),
    # an acknowledgement naming its number as "under the number …", and machine-translated "あなたに戻ります"
    ("case_created", DESK, "We've got your message #176215680000791",
     "Thanks for writing. Your message is now with our certification team under the number 176215680000791; expect "
     "an answer within a day."),
    ("case_created", DESK, "[CASE 176215680000792] あなたの問い合わせを受け取りました",
     "あなたの問い合わせは受信され、ケース番号 176215680000792 が割り当てられました。チームのメンバーは通常 24 時間以内に"
     "あなたに戻ります。"),
    # "you can add more information by replying" offers, it does not ask
    ("case_created", DESK, "[CASE 176215680000793] [AWS Training and Certification Form Submission] - account-assistance",
     "Your request is received with the case number 176215680000793. Our team will come back to you within 24 hours. "
     "You can add more information by replying to this e-mail."),
    # Credly's newsletter and statistics of your badges
    ("unrelated", '"Credly" <news@email.credly.com>', "The Credly Digest: July",
     "What's new on Credly this month: make sure every badge you've earned is accepted. Top issuers: AWS Training and "
     "Certification, IBM."),
    ("unrelated", '"Credly" <admin@credly.com>', "Your badges were viewed 12 times in May",
     "Here's how your badges performed in May: AWS Certified Developer - Associate (issued by AWS Training and "
     "Certification) was viewed 12 times."),
    # round 60: a reference "request, number …" and answers "in the order they arrive"
    ("case_created", DESK, "[CASE 176215680000790] AWS Training and Certification",
     "A new request, no. 176215680000790, has been opened for you. Our team answers requests in the order they come "
     "in, usually within a day."),
    # round 59: Credly's review of your year, its footer saying why you get it ("an organization issued you a badge")
    ("unrelated", '"Credly" <news@info.credly.com>', "Your year in badges, Ana",
     "A look back at your year on Credly: 3 badges earned, 90 profile views, top skill Amazon Web Services.\n\n"
     "You are receiving this email because an organization issued you a badge on Credly."),
    # Amazon.co.jp's customer service on its own accounts: a membership's "資格" is no certification
    ("unrelated", '"Amazon.co.jp" <cs-reply@amazon.co.jp>', "Amazon.co.jp カスタマーサービスからのご連絡",
     "2つのアカウントを統合されたいとのこと、承りました。申し訳ございませんが、アカウントの統合や、プライム会員資格の移行は"
     "できかねます。\n\n今回の対応はお役に立ちましたか?"),
]
LOOK_ALIKES_AND_SENDERS += [
    # round 64: the T&C desk on a name shown on the certifications: another matter
    ("unrelated", DESK, "RE:[CASE 175041389509999] [AWS Training and Certification Form Submission] - profile-update",
     "Hello,\nYou asked for the name on your badges to show your second family name. Could you confirm the exact "
     "spelling before I update AWS10592263?\nBest regards"),
    # round 64: a billing case whose side note sends the merge to the T&C desk: not the merge's case
    ("unrelated", '"Amazon Web Services" <no-reply-aws@amazon.com>', "RE:[CASE 176999999912399] Charges on my invoice",
     "Hello,\nI reviewed your invoice and applied a credit for the unexpected charges.\n\nAbout merging your "
     "certification accounts: that cannot be done in this case. Please contact AWS Training and Certification through "
     "their form.\n\nBest regards,\nAmazon Web Services"),
    # round 65: a billing case whose side note says the merge is handled by the T&C desk in its own case
    ("unrelated", '"Amazon Web Services" <no-reply-aws@amazon.com>', "RE:[CASE 176999999912398] Question about my bill",
     "Hello,\nI reviewed the charge and requested a refund.\n\nYou also mentioned merging your certification profiles: that "
     "is handled by the Training and Certification team in its own case, so I cannot act on it from billing.\n\n"
     "Best regards,\nAmazon Web Services"),
    # round 65: the T&C desk on 氏名表記変更 (a name's spelling changed): another matter
    ("unrelated", DESK, "RE:[CASE 175041389509998] [AWS Training and Certification Form Submission] - profile-update",
     "認定アカウントの氏名表記変更のご依頼につきまして、以下の内容で変更してよろしいでしょうか。\n変更前:Sho\n変更後:Shou"),
    # round 64: "join your certification accounts" names the merge (a look-alike's, its sender unverified)
    ("support_reply", '"AWS Support" <support@aws-helpdesk.example>', "RE: [CASE 177244080399999] Action needed",
     "Hello,\nWe are working on your request to join your certification accounts (case 177244080399999). Please reply "
     "with both sign-in e-mails.\nAWS Support"),
]


LOOK_ALIKES_AND_SENDERS.append(
    ("merge_completed", "\"'Amazon Web Services' via Certs\" <certs@lumenwave.example>", SUBJECT,
     "Quick update: this is now taken care of. The two records have been brought together and you can carry on "
     "signing in with your work address."))


@pytest.mark.parametrize("kind, sender, subject, body", LOOK_ALIKES_AND_SENDERS)
def test_senders_and_look_alikes(kind, sender, subject, body):
    domain = sender.split("@")[1].rstrip(">")
    verdict = classify(parse(mail("variant", subject=subject, body=body, at=T0, frm=sender, authres=domain).raw))
    assert verdict.kind == kind, "\n".join(verdict.reasons)
    if "176215680000783" in subject:
        assert verdict.account_ids == ("AWS01234567", "AWS07654321")


def test_certmetrics_mail_is_never_sender_verified():
    raw = mail("certmetrics", frm='"AWS Certification" <do-not-reply@certmetrics.com>',
               subject="AWS Certification wants to hear from you", body="Tell us about your exam experience.", at=T0,
               authres="mx.google.com; dkim=pass header.d=certmetrics.com; dmarc=pass header.from=certmetrics.com").raw
    verdict = classify(parse(raw))
    assert (verdict.kind, verdict.sender_verified) == ("unrelated", False)


def test_candidate_ids_written_with_a_space_or_hyphen():
    from certmerge_mail.core.ids import candidate_ids
    assert candidate_ids("AWS 06021557, aws-04470981 and AWS01234567; not AWS 1234567 nor XAWS 12345678") == (
        "AWS01234567", "AWS04470981", "AWS06021557")


def test_a_request_naming_the_merge_but_not_its_accounts_is_read_with_doubt():
    """"Please confirm the merge by replying yes", naming no account and not
    which one stays: nothing a confirmation could be checked against, so a
    request never read as certain (the phishing "Confirm merge now" button
    has this shape too)."""
    body = "Hello,\nWe are ready on our side. Please approve the account merge by replying 'yes' to this e-mail."
    verdict = classify(parse(mail("bare", subject=SUBJECT, body=body, at=T0).raw))
    # (a request read with doubt; or, where the second opinion's words read a plain reply, that,
    # which may be a request: either way it drafts nothing until you settle it)
    assert not verdict.certain, "\n".join(verdict.reasons)
    assert "merge_confirmation_requested" in (verdict.kind, verdict.may_be)
    assert "it names the merge but neither the accounts nor which one stays" in verdict.doubts
    # naming the accounts, it is certain
    body = body.replace("the account merge", "merging AWS07654321 into AWS01234567")
    verdict = classify(parse(mail("named", subject=SUBJECT, body=body, at=T0).raw))
    assert verdict.kind == "merge_confirmation_requested" and verdict.certain, "\n".join(verdict.reasons)


def test_a_follow_up_asking_whether_you_still_need_help_is_read_with_doubt():
    body = ("I'm following up on my message about combining AWS01946628 into AWS03079915. Do you still need our help "
            "with this? If so, simply reply \"I confirm\" to this e-mail.")
    verdict = classify(parse(mail("follow-up", subject=SUBJECT, body=body, at=T0).raw))
    assert not verdict.certain
    assert "merge_confirmation_requested" in (verdict.kind, verdict.may_be)
    assert any("still need help" in d for d in verdict.doubts)


def test_a_mail_whose_subject_asks_the_rating_of_a_correspondence_is_a_survey():
    body = ("Hello,\n\nYou recently wrote with Ana about case 176215680000123 (merging your two certification "
            "accounts).\n\nHow would you rate this correspondence?\n  Good https://x.example/1\n  Bad https://x.example/2\n")
    verdict = classify(parse(mail("variant", subject="Rate your recent correspondence - Case 176215680000123", body=body,
                                  at=T0).raw))
    assert verdict.kind == "survey", "\n".join(verdict.reasons)
    # under a reply's subject the same question is the footer every reply carries
    verdict = classify(parse(mail("variant", subject=SUBJECT, body=body, at=T0).raw))
    assert verdict.kind != "survey", "\n".join(verdict.reasons)
